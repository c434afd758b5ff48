// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged
// binary before it is signed, as point 19 of Electron's security checklist asks.
import { FuseV1Options, FuseVersion } from '@electron/fuses'

/** electron-builder's Arch enum: arm64 is 3. */
const ARM64 = 3

/**
 * The fuses for one packaged platform. Asar integrity is checked by Electron on macOS and
 * Windows only (electron-builder writes the hashes there); on Linux the fuse would do nothing.
 */
export function fuseConfig(platform, arch) {
  const apple = platform === 'darwin' || platform === 'mas'
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature an arm64 Mac needs to start the app at all.
    resetAdHocDarwinSignature: apple && arch === ARM64,
    // No ELECTRON_RUN_AS_NODE: the app's binary cannot be used as a plain Node.js.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: apple || platform === 'win32',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The app is served from app://bundle/, never from file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
  }
}

export default async function afterPack(context) {
  await context.packager.addElectronFuses(
    context,
    fuseConfig(context.electronPlatformName, context.arch)
  )
}
