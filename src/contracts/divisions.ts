export interface DivisionsResponse {
  province: { code: string; name: string };
  cities: { code: string; name: string; childLevel: 'county' | 'township'; children: { code: string; name: string }[] }[];
}
