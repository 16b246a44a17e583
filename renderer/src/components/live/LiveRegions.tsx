// The two app-level live regions, visually hidden, present from the first render (a region
// that appears together with its words is often not read).
import { useAnnouncer } from '../../stores/announcer';
import type { Announcement } from '../../stores/announcer';

function Lines({ lines }: { lines: Announcement[] }): React.JSX.Element {
  return (
    <>
      {lines.map((line) => (
        // Names and messages come from contacts: isolated like everywhere else (DESIGN, Security).
        <p key={line.id}>
          <bdi>{line.text}</bdi>
        </p>
      ))}
    </>
  );
}

export function LiveRegions(): React.JSX.Element {
  const polite = useAnnouncer((s) => s.polite);
  const assertive = useAnnouncer((s) => s.assertive);
  return (
    <div className="visually-hidden">
      <div aria-live="polite" aria-relevant="additions" data-announcer="polite">
        <Lines lines={polite} />
      </div>
      <div aria-live="assertive" aria-relevant="additions" data-announcer="assertive">
        <Lines lines={assertive} />
      </div>
    </div>
  );
}
