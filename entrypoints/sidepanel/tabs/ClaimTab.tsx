// Side panel "Claim" tab: site access, the claim read from the page, its findings.
import { SiteAccess } from '../../../components/sites/SiteAccess';
import { usePanel } from '../../../lib/ui/panel-context';

export function ClaimTab() {
  const { tab, site } = usePanel();
  return (
    <SiteAccess
      origin={tab.origin}
      enabled={site.status?.enabled ?? false}
      busy={site.busy || (tab.origin !== null && site.status === null)}
      error={site.error}
      onEnable={() => void site.enable()}
      onDisable={() => void site.disable()}
    />
  );
}
