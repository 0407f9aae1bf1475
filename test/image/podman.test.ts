import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

// The real image, built by podman from the Dockerfile (scripts/podman-build-image.sh). It takes
// minutes and root, podman and debootstrap, so it runs only when asked: BUILD_IMAGE_WITH_PODMAN=1 npm test.
describe.runIf(process.env.BUILD_IMAGE_WITH_PODMAN === '1')('the image, built by podman', () => {
  it('builds, and its command answers a question as its own user', () => {
    const output = execFileSync('sh', ['scripts/podman-build-image.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(output).toContain('1.85 million 5G cell towers')
  }, 900_000)
})
