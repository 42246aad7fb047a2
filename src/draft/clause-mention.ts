/** A mention as the relation rules see it: UTF-16 offsets local to its clause. */
export interface ClauseMention {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly kind: string;
}

/** What a relation rule drafts: from, type and to, with the clause-local span that evidences it. */
export interface DraftedLink {
  readonly from: string;
  readonly to: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly confidence: number;
  readonly role?: string;
}
