/** The contract between the scanner and the response pipeline. Pure data, no I/O. */

export type ScanVerdict = 'pass' | 'flag' | 'block';

export interface ScanPolicy {
  /** Combined score at or above which a text is flagged (kept, with a warning for the model). */
  flagThreshold: number;
  /** Combined score at or above which a text is blocked (replaced by a notice). */
  blockThreshold: number;
  /** Replace detected credentials with `[REDACTED:<type>]`. */
  redactSecrets: boolean;
  /**
   * What a frame does to the hits it accounts for (writing about attacks, a role-play request,
   * an agents file): 'explain' (default) ranks the text by the window models alone, as a text
   * without rule hits; 'flag' keeps it flagged, ranked below unframed medium evidence.
   */
  frames?: FrameMode;
}

export type FrameMode = 'explain' | 'flag';

export interface RuleHit {
  /** Stable id, e.g. `override.ignore-previous`. Safe to log. */
  ruleId: string;
  /** Category, e.g. `instruction-override`, `exfiltration`, `delimiter-spoof`. Safe to show. */
  category: string;
}

export interface TextScan {
  /** What the model may read: hidden characters stripped, secrets redacted. */
  text: string;
  /** Combined score in [0, 1]. */
  score: number;
  verdict: ScanVerdict;
  rules: RuleHit[];
  /** Counts of stripped hidden characters per class (e.g. `zero-width`, `bidi`, `bidi-mark`, `tag`, `ansi`). */
  hidden: Record<string, number>;
  /** Types of secrets that were redacted (e.g. `aws-access-key`). */
  secrets: string[];
}
