// Rows of the route × role matrix for the oversight routes (F8): the province sees every city, a city officer its
// own city only; applicants, experts, auditors and the three administrators are refused.
import type { RouteCase } from './principals';

export const OVERSIGHT_CASES: RouteCase[] = [];
