import { OverviewPage } from '../features/overview/components/OverviewPage';
import { AppHeader } from './AppHeader';

/** Layout of every view; the overview is the only page for now, so there is no router yet. */
export function AppShell() {
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <OverviewPage />
      </main>
    </div>
  );
}
