// The `drawing` template helper: `{{drawing "overview" body}}` returns the slide's SVG. The
// drawings escape every text themselves (svgMarkup.xml), so the helper may return markup.
import type HandlebarsModule from 'handlebars';
import { Handlebars } from '../handlebarsRuntime.js';
import type { SlideBody } from '../../plan/slidePlan.js';
import { caseResultsDrawing, valueDrawing } from './figureDrawings.js';
import { agendaDrawing, ffabDrawing, timelineDrawing } from './flowDrawings.js';
import { overviewDrawing } from './overviewDrawing.js';
import { paybackDrawing } from './paybackDrawing.js';

export function drawing(name: string, body: SlideBody, label: string): HandlebarsModule.SafeString {
  return new Handlebars.SafeString(draw(name, body, label));
}

function draw(name: string, body: SlideBody, label: string): string {
  switch (`${name}:${body.kind}`) {
    case 'overview:overview':
      return body.kind === 'overview' ? overviewDrawing(body.structure, body.layers, label) : '';
    case 'ffab:ffab':
      return body.kind === 'ffab' ? ffabDrawing([...body.parts, { label: body.benefitLabel, text: body.benefit }], label) : '';
    case 'agenda:agenda':
      return body.kind === 'agenda' ? agendaDrawing(body.items, label) : '';
    case 'timeline:implementation':
      return body.kind === 'implementation' ? timelineDrawing(body.phases, label) : '';
    case 'value:value':
      return body.kind === 'value' ? valueDrawing(body.columns, label) : '';
    case 'payback:value':
      return body.kind === 'value' && body.valueCase?.chart ? paybackDrawing(body.valueCase.chart) : '';
    case 'results:case':
      return body.kind === 'case' && body.results.length > 0 ? caseResultsDrawing(body.results, label) : '';
    default:
      throw new Error(`no drawing \`${name}\` for a ${body.kind} slide`);
  }
}
