/** One line of the 待办 panel: something that awaits the signed-in person, computed from the data. */
export interface TodoItem {
  key: string;
  title: string;
  description: string;
  /** Workspace path the item opens, e.g. /workspace/organisations. */
  link: string | null;
  count: number;
}
