// Side panel "Lookup" tab: the same lookup as the popup. The query lives in the panel state, so
// the page's context menu ("Look up …") and the popup's "Open in workspace" can hand one over.
import { ConnectedLookup } from '@/lib/lookup/views/ConnectedLookup';
import { usePanel } from '@/lib/workspace/panel-context';

export function LookupTab() {
  const { lookupQuery, setLookupQuery } = usePanel();
  return <ConnectedLookup query={lookupQuery} onQueryChange={setLookupQuery} />;
}
