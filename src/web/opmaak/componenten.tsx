// Building blocks of the pages, with the class names of the NL Design System components
// (Utrecht / Rijkshuisstijl community CSS). Every field has a visible label; a field's error and
// description are tied to it with aria-describedby.
import type { Child } from 'hono/jsx';
import { veldId, type Fouten } from './formulier.js';

export const Kop = (p: { niveau?: 1 | 2 | 3; id?: string; children: Child }) => {
  const niveau = p.niveau ?? 1;
  const klasse = `nl-heading nl-heading--level-${niveau}`;
  if (niveau === 1) return <h1 class={klasse} id={p.id}>{p.children}</h1>;
  if (niveau === 2) return <h2 class={klasse} id={p.id}>{p.children}</h2>;
  return <h3 class={klasse} id={p.id}>{p.children}</h3>;
};

export const Alinea = (p: { children: Child; klein?: boolean }) => <p class={`nl-paragraph${p.klein ? ' nrm-klein' : ''}`}>{p.children}</p>;

export const Koppeling = (p: { href: string; children: Child }) => <a class="nl-link" href={p.href}>{p.children}</a>;

export const Melding = (p: { soort: 'info' | 'ok' | 'warning' | 'error'; titel?: string; children?: Child; rol?: 'alert' | 'status' }) => (
  <div class={`utrecht-alert utrecht-alert--${p.soort}`} role={p.rol}>
    <div class="utrecht-alert__content">
      {p.titel ? <p class="utrecht-alert__title nrm-vet">{p.titel}</p> : null}
      <div class="utrecht-alert__message">{p.children}</div>
    </div>
  </div>
);

/** The list of errors above a form, each linking to its field (WCAG 3.3.1, 3.3.3). */
export const Foutoverzicht = (p: { fouten: Fouten; labels?: Record<string, string> }) => {
  const velden = Object.entries(p.fouten).filter(([naam]) => naam !== '');
  const algemeen = p.fouten[''];
  if (!algemeen && velden.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error nrm-foutoverzicht" role="alert" aria-labelledby="foutoverzicht-titel">
      <div class="utrecht-alert__content">
        <h2 class="nl-heading nl-heading--level-3" id="foutoverzicht-titel">Er is iets niet in orde</h2>
        {algemeen ? <p class="nl-paragraph">{algemeen}</p> : null}
        {velden.length > 0 ? (
          <ul class="utrecht-unordered-list">
            {velden.map(([naam, tekst]) => (
              <li class="utrecht-unordered-list__item"><a class="nl-link" href={`#${veldId(naam)}`}>{p.labels?.[naam] ? `${p.labels[naam]}: ` : ''}{tekst}</a></li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
};

interface VeldBasis { naam: string; label: string; fout?: string; beschrijving?: Child; verplicht?: boolean }

const beschrijvingId = (naam: string) => `${veldId(naam)}-uitleg`;
const foutId = (naam: string) => `${veldId(naam)}-fout`;
const beschreven = (p: VeldBasis) => [p.beschrijving ? beschrijvingId(p.naam) : null, p.fout ? foutId(p.naam) : null].filter(Boolean).join(' ') || undefined;

const Omschrijving = (p: VeldBasis) => (p.beschrijving ? <div class="utrecht-form-field-description" id={beschrijvingId(p.naam)}>{p.beschrijving}</div> : null);
const Fout = (p: VeldBasis) => (p.fout ? <div class="utrecht-form-field-error-message" id={foutId(p.naam)}><span class="nrm-verborgen">Fout: </span>{p.fout}</div> : null);
const Label = (p: VeldBasis) => (
  <label class="utrecht-form-label" for={veldId(p.naam)}>{p.label}{p.verplicht ? null : <span class="nrm-optioneel"> (niet verplicht)</span>}</label>
);

export const Tekstveld = (p: VeldBasis & { waarde?: string; type?: 'text' | 'email'; autocomplete?: string; breedte?: 'smal' | 'midden'; invoermodus?: 'numeric' | 'text' }) => (
  <div class={`utrecht-form-field utrecht-form-field--text${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
    <div class="utrecht-form-field__label"><Label {...p} /></div>
    <Omschrijving {...p} />
    <Fout {...p} />
    <div class="utrecht-form-field__input">
      <input class={`utrecht-textbox utrecht-textbox--html-input${p.fout ? ' utrecht-textbox--invalid' : ''}${p.breedte ? ` nrm-${p.breedte}` : ''}`}
        type={p.type ?? 'text'} id={veldId(p.naam)} name={p.naam} value={p.waarde ?? ''} autocomplete={p.autocomplete ?? 'off'}
        inputmode={p.invoermodus} aria-describedby={beschreven(p)} aria-invalid={p.fout ? 'true' : undefined} aria-required={p.verplicht ? 'true' : undefined} />
    </div>
  </div>
);

export const Datumveld = (p: VeldBasis & { waarde?: string }) => (
  <Tekstveld {...p} breedte="smal" beschrijving={p.beschrijving ?? 'Dag-maand-jaar, bijvoorbeeld 20-11-2026.'} />
);

export const Tekstvak = (p: VeldBasis & { waarde?: string }) => (
  <div class={`utrecht-form-field utrecht-form-field--textarea${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
    <div class="utrecht-form-field__label"><Label {...p} /></div>
    <Omschrijving {...p} />
    <Fout {...p} />
    <div class="utrecht-form-field__input">
      <textarea class={`utrecht-textarea utrecht-textarea--html-textarea${p.fout ? ' utrecht-textarea--invalid' : ''}`} id={veldId(p.naam)} name={p.naam} rows={4}
        aria-describedby={beschreven(p)} aria-invalid={p.fout ? 'true' : undefined} aria-required={p.verplicht ? 'true' : undefined}>{p.waarde ?? ''}</textarea>
    </div>
  </div>
);

export interface Keuze { waarde: string; label: string }

export const Keuzelijst = (p: VeldBasis & { waarde?: string; keuzes: Keuze[]; leeg?: string; groepen?: Array<{ label: string; keuzes: Keuze[] }> }) => (
  <div class={`utrecht-form-field utrecht-form-field--select${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
    <div class="utrecht-form-field__label"><Label {...p} /></div>
    <Omschrijving {...p} />
    <Fout {...p} />
    <div class="utrecht-form-field__input">
      <select class={`utrecht-select utrecht-select--html-select${p.fout ? ' utrecht-select--invalid' : ''}`} id={veldId(p.naam)} name={p.naam}
        aria-describedby={beschreven(p)} aria-invalid={p.fout ? 'true' : undefined} aria-required={p.verplicht ? 'true' : undefined}>
        {p.leeg !== undefined ? <option value="">{p.leeg}</option> : null}
        {p.keuzes.map((k) => <option value={k.waarde} selected={k.waarde === p.waarde}>{k.label}</option>)}
        {(p.groepen ?? []).map((g) => (
          <optgroup label={g.label}>{g.keuzes.map((k) => <option value={k.waarde} selected={k.waarde === p.waarde}>{k.label}</option>)}</optgroup>
        ))}
      </select>
    </div>
  </div>
);

/** A group of radio buttons (one choice) or checkboxes (several), in a fieldset with a legend. */
export const Keuzegroep = (p: VeldBasis & { soort: 'radio' | 'checkbox'; waarden: string[]; keuzes: Keuze[]; kolommen?: boolean }) => {
  const idBasis = veldId(p.naam);
  return (
    <fieldset class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset nrm-keuzegroep${p.fout ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={beschreven(p)} aria-invalid={p.fout && p.soort === 'radio' ? 'true' : undefined} id={idBasis} tabindex={-1}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{p.label}{p.verplicht ? null : <span class="nrm-optioneel"> (niet verplicht)</span>}</legend>
      <Omschrijving {...p} />
      <Fout {...p} />
      <div class={p.kolommen ? 'nrm-kolommen' : undefined}>
        {p.keuzes.map((k, i) => (
          <div class={`utrecht-form-field utrecht-form-field--${p.soort === 'radio' ? 'radio' : 'checkbox'} nrm-keuze`}>
            <input class={p.soort === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
              type={p.soort} id={`${idBasis}-${i}`} name={p.soort === 'checkbox' ? `${p.naam}[]` : p.naam} value={k.waarde} checked={p.waarden.includes(k.waarde)} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${idBasis}-${i}`}>{k.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
};

export const Knop = (p: { children: Child; soort?: 'primair' | 'secundair'; naam?: string; waarde?: string }) => (
  <button type="submit" class={`utrecht-button utrecht-button--${p.soort === 'secundair' ? 'secondary' : 'primary'}-action`} name={p.naam} value={p.waarde}>{p.children}</button>
);

export const KnopKoppeling = (p: { href: string; children: Child; soort?: 'primair' | 'secundair' }) => (
  <a class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${p.soort === 'secundair' ? 'secondary' : 'primary'}-action`} href={p.href}>{p.children}</a>
);

/** A form that changes something: POST with the session's CSRF token (checked with the Origin). */
export const Formulier = (p: { actie: string; csrf: string; children: Child; label?: string; klasse?: string }) => (
  <form method="post" action={p.actie} aria-label={p.label} class={p.klasse} novalidate>
    <input type="hidden" name="_csrf" value={p.csrf} />
    {p.children}
  </form>
);

export const Gegevens = (p: { rijen: Array<[string, Child]> }) => (
  <dl class="utrecht-data-list utrecht-data-list--html-dl nrm-gegevens">
    {p.rijen.map(([k, v]) => (
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{k}</dt>
        <dd class="utrecht-data-list__item-value">{v}</dd>
      </div>
    ))}
  </dl>
);

export const Tabel = (p: { bijschrift: string; koppen: string[]; rijen: Child[][]; leeg: string }) => (p.rijen.length === 0
  ? <p class="nl-paragraph nrm-leeg">{p.leeg}</p>
  : (
    <div class="utrecht-table-container nrm-tabelhouder">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption nrm-verborgen">{p.bijschrift}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">{p.koppen.map((k) => <th class="utrecht-table__header-cell" scope="col">{k}</th>)}</tr></thead>
        <tbody class="utrecht-table__body">{p.rijen.map((r) => <tr class="utrecht-table__row">{r.map((c) => <td class="utrecht-table__cell">{c}</td>)}</tr>)}</tbody>
      </table>
    </div>
  ));

export const Knoppen = (p: { children: Child }) => <div class="utrecht-button-group nrm-knoppen">{p.children}</div>;
