export const PNG_SIZES: number[]
export const ICO_SIZES: number[]
export const ICNS_TYPES: Map<number, string>
export function packIco(pngs: Map<number, Buffer>): Buffer
export function packIcns(pngs: Map<number, Buffer>): Buffer
