import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth'
import type { Database } from '../../store/database.js'

/** The row an installation is kept in: one per workspace, or one per organisation for an org-wide install. */
function installationKey(ids: { teamId: string | undefined; enterpriseId: string | undefined; isEnterpriseInstall?: boolean }): string {
  if (ids.isEnterpriseInstall && ids.enterpriseId) return `enterprise:${ids.enterpriseId}`
  if (ids.teamId) return `team:${ids.teamId}`
  throw new Error('slack installations: an installation names neither a workspace nor an organisation')
}

/**
 * Slack installations in the bot's own database (the request store's, embedded
 * or Postgres), so every instance behind the balancer answers every workspace
 * with that workspace's token, and an uninstall on one is seen by all.
 */
export function createSlackInstallationStore(db: Database): InstallationStore & { count(): Promise<number> } {
  return {
    async storeInstallation(installation: Installation) {
      const key = installationKey({
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
      })
      await db.query(
        `INSERT INTO slack_installations (id, team_id, enterprise_id, installation, installed_at)
         VALUES ($1, $2, $3, $4::jsonb, now())
         ON CONFLICT (id) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at`,
        [key, installation.team?.id ?? null, installation.enterprise?.id ?? null, JSON.stringify(installation)],
      )
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const [row] = await db.query<{ installation: Installation | string }>('SELECT installation FROM slack_installations WHERE id = $1', [
        installationKey(query),
      ])
      // Bolt answers a workspace it has no installation for with an authorization error, as it should.
      if (!row) throw new Error(`slack installations: no installation for ${installationKey(query)}`)
      return typeof row.installation === 'string' ? (JSON.parse(row.installation) as Installation) : row.installation
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await db.query('DELETE FROM slack_installations WHERE id = $1', [installationKey(query)])
    },
    async count() {
      const [row] = await db.query<{ count: number | string }>('SELECT count(*) AS count FROM slack_installations')
      return Number(row?.count ?? 0)
    },
  }
}
