// Step 2 and 3 of the method: what the deck stresses, and in which order, depends on the most
// senior decision maker in the room (the primary audience).
import type { Role } from '../types.js';

export type Block = 'value' | 'comparison' | 'cases' | 'implementation';

export interface Emphasis {
  /** Owners trust a same-industry success story before any feature detail. */
  caseBeforeNeeds: boolean;
  /** `first`: one FFAB slide per need in the main line, the other cards as backups. */
  cardsInMainLine: 'first' | 'all';
  /** The blocks that follow the needs, in order. */
  afterNeeds: readonly Block[];
  /** Users hear functions, not value points: the value slide goes to the appendix. */
  valueInAppendix: boolean;
  /** What the implementation slide stresses. */
  implementationFocus: 'disruption' | 'method';
  /** Peers hear where the industry is going. */
  overviewFrame: 'solution' | 'industry';
}

const MANAGER: Emphasis = {
  caseBeforeNeeds: false,
  cardsInMainLine: 'all',
  afterNeeds: ['value', 'comparison', 'cases', 'implementation'],
  valueInAppendix: false,
  implementationFocus: 'method',
  overviewFrame: 'solution',
};

export const EMPHASIS: Record<Role, Emphasis> = {
  executive: {
    ...MANAGER,
    caseBeforeNeeds: true,
    cardsInMainLine: 'first',
    afterNeeds: ['value', 'comparison', 'implementation'],
    implementationFocus: 'disruption',
  },
  'business-lead': {
    ...MANAGER,
    afterNeeds: ['implementation', 'value', 'comparison', 'cases'],
    implementationFocus: 'disruption',
  },
  manager: MANAGER,
  user: {
    ...MANAGER,
    afterNeeds: ['comparison', 'cases', 'implementation'],
    valueInAppendix: true,
  },
  peer: { ...MANAGER, overviewFrame: 'industry' },
};
