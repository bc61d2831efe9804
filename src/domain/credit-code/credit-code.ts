// Unified social credit code (统一社会信用代码), GB 32100-2015.
// 18 characters: registration authority (1), organisation category (1), administrative division (6),
// organisation identifier (9), check character (1). The alphabet leaves out I, O, S, V and Z.
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'length' | 'character' | 'division' | 'checkDigit';

/** The check character for the first 17 characters, or null when one of them is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET.charAt(check);
}

/** Why a code is not a valid unified social credit code, or null when it is. Input is taken as typed (upper case). */
export function findCreditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return 'character';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'division';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'checkDigit';
}

export function isValidCreditCode(code: string): boolean {
  return findCreditCodeProblem(code) === null;
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为18位',
  character: '统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z）',
  division: '统一社会信用代码第3至8位应为行政区划码（6位数字）',
  checkDigit: '统一社会信用代码校验位不正确，请核对后重新输入',
};

/** Trims and upper-cases what a person typed, so "91440300 708461136t " is checked as they meant it. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}
