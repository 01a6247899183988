// The theme stylesheet with the deck's brand colours appended as variable overrides.
import type { BrandConfig } from '../validate/brandSchema.js';
import { applyBrand, brandCss, paletteFromCss } from './palette.js';

export function withBrand(themeCss: string, brand: BrandConfig | undefined): string {
  if (!brand) return themeCss;
  const theme = paletteFromCss(themeCss);
  return themeCss + brandCss(theme, applyBrand(theme, brand));
}
