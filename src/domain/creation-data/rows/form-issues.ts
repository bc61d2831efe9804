// A form sends one row as {cells: {<column key>: value}}; its problems go back under the fields they concern, each
// naming the column in Chinese, in the browser (before sending) and from the server (400) alike.
import type { ErrorIssue } from '../../shared/app-error';
import type { CellProblem, DatasetColumn } from '../row-schema';

export function formIssuesOf(columns: readonly DatasetColumn[], problems: readonly CellProblem[]): ErrorIssue[] {
  return problems.map((problem) => {
    const key = columns.find((column) => column.header === problem.column)?.key;
    return { path: key ? `cells.${key}` : '', message: `${problem.column}：${problem.reason}` };
  });
}
