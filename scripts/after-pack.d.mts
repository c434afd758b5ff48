import type { FuseV1Config } from '@electron/fuses'

export function fuseConfig(platform: string, arch: number): FuseV1Config
export default function afterPack(context: {
  electronPlatformName: string
  arch: number
  packager: { addElectronFuses: (context: unknown, fuses: FuseV1Config) => Promise<number> }
}): Promise<void>
