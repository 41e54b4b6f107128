/**
 * `<sg-data-table>`: sort and filter a server-rendered table (DataTable.astro), following the ARIA
 * sortable-table pattern: each header holds a button, and the sorted column's header carries
 * `aria-sort`. Filters are native selects; the count of rows shown is announced.
 */
import { define, SgElement } from '../../../client/sg-element.ts';
import { filterTokens, rowMatches, sortRows } from '../../../lib/widgets/data-table.ts';

export class SgDataTable extends SgElement {
  #rows: HTMLTableRowElement[] = [];
  #filters = new Map<number, HTMLSelectElement>();

  protected setup(): void {
    const table = this.requirePart<HTMLTableElement>('table');
    const body = table.tBodies[0];
    const headerRow = table.tHead?.rows[0];
    if (!body || !headerRow) throw new Error('sg-data-table: missing the table head or body');
    this.#rows = [...body.rows];
    const headers = [...headerRow.cells];
    const label = this.dataset.label ?? 'rows';
    const cellText = (row: HTMLTableRowElement, column: number) => row.cells[column]?.textContent?.trim() ?? '';

    headers.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sg-sort';
      button.append(...th.childNodes);
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.className = 'sg-sort-icon';
      button.append(icon);
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const sorted = sortRows(
          this.#rows.map((row) => ({ row, key: cellText(row, column) })),
          ascending,
        );
        body.append(...sorted.map((s) => s.row));
      });
    });

    const controls = this.requirePart('.sg-data-table-controls');
    const wanted = JSON.parse(this.dataset.filters ?? '[]') as string[];
    for (const name of wanted) {
      const column = headers.findIndex((th) => th.textContent?.trim() === name);
      if (column === -1) continue;
      const id = `${this.id || 'table'}-filter-${column}`;
      const field = document.createElement('div');
      field.className = 'sg-data-table-filter';
      const lab = Object.assign(document.createElement('label'), { htmlFor: id, textContent: `Filter by ${name.toLowerCase()}` });
      const select = Object.assign(document.createElement('select'), { id, className: 'sg-input' });
      select.append(new Option('All', ''));
      for (const token of filterTokens(this.#rows.map((row) => cellText(row, column)))) select.append(new Option(token, token));
      select.addEventListener('change', () => this.#apply(label));
      field.append(lab, select);
      controls.append(field);
      this.#filters.set(column, select);
    }
    controls.hidden = this.#filters.size === 0;
    this.#apply(label, false);
  }

  #apply(label: string, announce = true): void {
    let shown = 0;
    for (const row of this.#rows) {
      const visible = [...this.#filters].every(([column, select]) => rowMatches(row.cells[column]?.textContent ?? '', select.value));
      row.hidden = !visible;
      if (visible) shown++;
    }
    const count = this.requirePart('.sg-data-table-count');
    count.hidden = this.#filters.size === 0;
    if (announce || count.textContent === '') count.textContent = `Showing ${shown} of ${this.#rows.length} ${label}.`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-data-table': SgDataTable;
  }
}

define('sg-data-table', SgDataTable);
