// Capacity, occupancy and free places of a location, as a bar (<meter>: no inline style, which the
// CSP forbids) and as text, so it reads without colour or the bar (WCAG 1.4.1).
export const Bezetting = (p: { naam: string; capaciteit: number; bezetting: number }) => {
  const vrij = Math.max(0, p.capaciteit - p.bezetting);
  return (
    <span class="nrm-bezetting">
      <meter class="nrm-meter" min={0} max={Math.max(1, p.capaciteit)} value={p.bezetting} aria-label={`Bezetting van ${p.naam}`}>{p.bezetting} van {p.capaciteit}</meter>
      <span class={vrij === 0 ? 'nrm-label nrm-label--let-op' : 'nrm-label'}>{vrij === 1 ? '1 plaats vrij' : `${vrij} plaatsen vrij`}</span>
      <span class="nrm-klein"> ({p.bezetting} van {p.capaciteit} bezet)</span>
    </span>
  );
};
