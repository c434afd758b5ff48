// The scanner ships no types; this is the part of its programmatic API the security test uses.
declare module '@doyensec/electronegativity' {
  interface ScanOptions {
    input: string
    isRelative?: boolean
    electronVersionOverride?: string
    excludeFromScan?: string[]
    parserPlugins?: string[]
  }
  export default function run(options: ScanOptions): Promise<unknown>
}
