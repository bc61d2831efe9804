import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { RegistryEntry, RegistryEntryDetail, RegistryPage } from './registry';
import type { zRegistryEntryDetailResponse, zRegistryEntryResponse, zRegistryPageResponse } from './public-api-responses';

describe('public API response schemas', () => {
  it('describe exactly the types the server answers with', () => {
    expectTypeOf<z.infer<typeof zRegistryEntryResponse>>().toEqualTypeOf<RegistryEntry>();
    expectTypeOf<z.infer<typeof zRegistryPageResponse>>().toEqualTypeOf<RegistryPage>();
    expectTypeOf<z.infer<typeof zRegistryEntryDetailResponse>>().toEqualTypeOf<RegistryEntryDetail>();
  });
});
