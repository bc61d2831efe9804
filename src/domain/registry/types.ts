// Plain types of the registry shared by the database schema, the contracts and the pages (ADR 0017).

/** A name the operator used before a retained 更名 (Art. 11); `until` is the day the change took effect. */
export interface FormerName {
  name: string;
  until: string;
}
