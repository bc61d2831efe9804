// Rows of the route × role matrix for the second-factor routes (F7).
import type { RouteCase } from './principals';

export const SECOND_FACTOR_CASES: RouteCase[] = [];
