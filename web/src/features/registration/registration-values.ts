import type { OperatorKind } from '../../../../src/domain/shared/operator-kinds';

/** What the registration form holds; the confirmation field sits outside the request body on purpose. */
export interface RegistrationFormValues {
  organisation?: {
    creditCode?: string;
    name?: string;
    operatorKind?: OperatorKind;
    isBranch?: boolean;
    cityCode?: string;
    countyCode?: string;
    establishedOn?: string;
  };
  contact?: { name?: string; phone?: string; email?: string };
  account?: { username?: string; password?: string };
  confirmPassword?: string;
}

/** The request body to validate and send: exactly the fields of zRegistrationRequest (it refuses unknown ones). */
export function toRegistrationBody(values: RegistrationFormValues): unknown {
  const { organisation = {}, contact = {}, account = {} } = values;
  return {
    organisation: {
      creditCode: organisation.creditCode,
      name: organisation.name,
      operatorKind: organisation.operatorKind,
      isBranch: organisation.isBranch ?? false,
      cityCode: organisation.cityCode,
      countyCode: organisation.countyCode,
      establishedOn: organisation.establishedOn,
    },
    contact: { name: contact.name, phone: contact.phone, email: contact.email?.trim() || undefined },
    account: { username: account.username, password: account.password },
  };
}
