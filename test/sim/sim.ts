/**
 * A strict Excel simulator: the part of the Excel JavaScript API the host uses, with Excel's rules — proxy
 * objects; `load` then `sync` before a property can be read (reading an unloaded one throws); writes and
 * method calls queued and applied at `sync`; `…OrNullObject` with `isNullObject`; text starting with `=`
 * written as a value becomes a formula unless the cell is formatted as text; each request's payload measured
 * and refused over 5 MB, and so is each response (the JSON of every property loaded in the sync), as Excel on
 * the web does; cell-editing mode and protected sheets refused on demand. It counts syncs.
 * No Node APIs: it also runs inside a browser page for the task pane's end-to-end test.
 */
import { calculate } from './formulas';
import { emptySheet, type SimModel, type SimSheet, type SimValue } from './model';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class SimError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface Op {
  size: number;
  /** Applies the op; a read returns the bytes its result adds to the response. */
  apply: () => number | void;
}

/** UTF-8 bytes of a value's JSON, as it would travel in a response. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const letters = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const a1 = (r: number, c: number) => `${letters(c)}${r + 1}`;
function parseCell(s: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s.trim());
  if (!m) throw new SimError('InvalidArgument', `bad address ${s}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}
interface Box {
  r: number;
  c: number;
  rows: number;
  cols: number;
}
function parseBox(address: string): Box {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = local.split(':');
  const col = /^\$?([A-Z]+)$/i;
  if (col.test(a) && b && col.test(b)) {
    // Whole columns (A:C).
    const p = parseCell(`${a.replace('$', '')}1`);
    const q = parseCell(`${b.replace('$', '')}1`);
    return { r: 0, c: Math.min(p.c, q.c), rows: 1_048_576, cols: Math.abs(q.c - p.c) + 1 };
  }
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return { r: Math.min(p.r, q.r), c: Math.min(p.c, q.c), rows: Math.abs(q.r - p.r) + 1, cols: Math.abs(q.c - p.c) + 1 };
}
const boxAddress = (b: Box) => (b.rows === 1 && b.cols === 1 ? a1(b.r, b.c) : `${a1(b.r, b.c)}:${a1(b.r + b.rows - 1, b.c + b.cols - 1)}`);
const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** What Excel's worksheet events carry (WorksheetChangedEventArgs, WorksheetAddedEventArgs, WorksheetDeletedEventArgs). */
export interface SimEventArgs {
  type: 'WorksheetChanged' | 'WorksheetAdded' | 'WorksheetDeleted';
  worksheetId: string;
  source: 'Local' | 'Remote';
  address?: string;
  changeType?: string;
}
type SimHandler = (args: SimEventArgs) => Promise<unknown> | void;

/** An event of a proxy (`onChanged`, `onAdded`, `onDeleted`): `add` registers at the next sync, like Office.js. */
function simEvent(ctx: SimContext, set: () => Set<SimHandler>) {
  return {
    add(handler: SimHandler) {
      ctx.queue(32, () => void set().add(handler));
      return { context: ctx, remove: () => ctx.queue(32, () => void set().delete(handler)) };
    },
  };
}

/** Base of every proxy: properties are readable only once loaded and synced. */
class ClientObject {
  protected loaded = new Map<string, unknown>();
  private nullObject = false;
  constructor(
    protected ctx: SimContext,
    private readers: Record<string, () => unknown>,
    private exists: () => boolean = () => true,
  ) {}
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props ? Object.keys(props) : Object.keys(this.readers);
    this.ctx.queue(32, () => {
      this.nullObject = !this.exists();
      if (this.nullObject) return 32;
      const itemProps: string[] = [];
      let bytes = 32;
      for (const p of list.map((x) => x.trim()).filter(Boolean)) {
        const top = p.split('/')[0];
        const read = this.readers[top];
        if (!read) throw new SimError('PropertyNotFound', `no property ${top}`);
        const value = read();
        bytes += jsonBytes(value) + top.length + 4;
        this.loaded.set(top, value);
        if (top === 'items') itemProps.push(p.includes('/') ? p.slice(p.indexOf('/') + 1) : 'name');
      }
      if (itemProps.length) this.loadItems(itemProps.join(','));
      this.loaded.set('isNullObject', false);
      return bytes;
    });
    return this;
  }
  /** For collections: load the given property of each item. */
  protected loadItems(_prop?: string): void {}
  get isNullObject(): boolean {
    if (this.nullObject) return true;
    return this.get('isNullObject') as boolean;
  }
  protected get(name: string): unknown {
    if (this.nullObject) throw new SimError('InvalidObjectPath', `the object is a null object (reading ${name})`);
    if (!this.loaded.has(name))
      throw new SimError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(name);
  }
  /** Marks a property as loaded now (items of a loaded collection). */
  preload(name: string): void {
    if (this.readers[name]) this.loaded.set(name, this.readers[name]());
    this.loaded.set('isNullObject', false);
  }
}

export class SimContext {
  ops: Op[] = [];
  syncs = 0;
  largestRequest = 0;
  requests: number[] = [];
  workbook: SimWorkbook;
  application: { suspendScreenUpdatingUntilNextSync: () => void };
  constructor(
    public sim: Simulator,
    /** Excel.run's delayForCellEdit: a sync in cell-editing mode waits for the edit to end instead of failing. */
    public delayForCellEdit = false,
  ) {
    this.workbook = new SimWorkbook(this);
    this.application = { suspendScreenUpdatingUntilNextSync: () => this.queue(40, () => undefined) };
  }
  queue(size: number, apply: () => void): void {
    this.ops.push({ size, apply });
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.sim.syncs++;
    const size = ops.reduce((a, o) => a + o.size, 0);
    this.sim.requests.push(size);
    this.sim.largestRequest = Math.max(this.sim.largestRequest, size);
    if (this.sim.editingMode && this.delayForCellEdit) await this.sim.cellEditEnded();
    if (this.sim.editingMode) throw new SimError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const fail = this.sim.failNextSync;
    if (fail) {
      this.sim.failNextSync = null;
      throw new SimError(fail.code, fail.message ?? fail.code);
    }
    if (size > this.sim.payloadLimit)
      throw new SimError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${size} bytes).`);
    let response = 0;
    for (const op of ops) response += op.apply() ?? 0;
    this.sim.responses.push(response);
    this.sim.largestResponse = Math.max(this.sim.largestResponse, response);
    if (response > this.sim.payloadLimit)
      throw new SimError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} bytes).`);
  }
}

class SimWorkbook {
  worksheets: SimWorksheets;
  names: SimNames;
  application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(private ctx: SimContext) {
    this.worksheets = new SimWorksheets(ctx);
    this.names = new SimNames(ctx);
    this.application = { suspendApiCalculationUntilNextSync: () => ctx.queue(40, () => undefined) };
  }
  getSelectedRange(): SimRange {
    const sel = this.ctx.sim.selection;
    return new SimRange(
      this.ctx,
      () => sel?.sheet ?? this.ctx.sim.model.sheets[0].name,
      () => parseBox(sel?.address ?? 'A1'),
    );
  }
}

class SimWorksheets extends ClientObject {
  private list: SimWorksheet[] = [];
  onAdded: ReturnType<typeof simEvent>;
  onDeleted: ReturnType<typeof simEvent>;
  constructor(ctx: SimContext) {
    super(ctx, { items: () => ctx.sim.model.sheets.map((s) => s.name) });
    this.onAdded = simEvent(ctx, () => ctx.sim.handlers.added);
    this.onDeleted = simEvent(ctx, () => ctx.sim.handlers.deleted);
  }
  protected override loadItems(prop?: string): void {
    this.list = this.ctx.sim.model.sheets.map((s) => {
      const w = new SimWorksheet(this.ctx, () => s);
      for (const p of (prop ?? 'name').split(',')) w.preload(p.replace(/^items\//, '').trim());
      return w;
    });
  }
  get items(): SimWorksheet[] {
    this.get('items');
    return this.list;
  }
  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => {
      const s = this.ctx.sim.sheet(name);
      if (!s) throw new SimError('ItemNotFound', `no sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): SimWorksheet {
    return new SimWorksheet(
      this.ctx,
      () => this.ctx.sim.sheet(name)!,
      () => !!this.ctx.sim.sheet(name),
    );
  }
  getActiveWorksheet(): SimWorksheet {
    return this.getItem(this.ctx.sim.active ?? this.ctx.sim.model.sheets[0].name);
  }
  add(name: string): SimWorksheet {
    this.ctx.queue(64 + name.length, () => {
      if (this.ctx.sim.workbookProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
      if (this.ctx.sim.sheet(name)) throw new SimError('ItemAlreadyExists', `a sheet named ${name} exists`);
      this.ctx.sim.addSheet(emptySheet(name));
    });
    return this.getItem(name);
  }
}

export class SimWorksheet extends ClientObject {
  freezePanes: { freezeRows: (n: number) => void };
  charts: {
    add: (type: string, source: SimRange, seriesBy?: string) => { title: { text: string }; setPosition: (a: string, b?: string) => void };
  };
  constructor(
    ctx: SimContext,
    private sheet: () => SimSheet,
    exists?: () => boolean,
  ) {
    super(
      ctx,
      {
        name: () => sheet().name,
        id: () => ctx.sim.idOf(sheet()),
        visibility: () => sheet().visibility,
        position: () => ctx.sim.model.sheets.indexOf(sheet()),
      },
      exists,
    );
    this.freezePanes = { freezeRows: (n) => ctx.queue(40, () => void (this.sheet().frozenRows = n)) };
    this.charts = {
      add: (type, source) => {
        const chart = { type, source: '', title: undefined as string | undefined };
        ctx.queue(80, () => {
          chart.source = source.resolvedAddress();
          this.writable().charts.push(chart);
        });
        return {
          title: {
            set text(t: string) {
              ctx.queue(40 + t.length, () => void (chart.title = t));
            },
            get text(): string {
              throw new SimError('PropertyNotLoaded', 'title.text is not loaded');
            },
          },
          setPosition: () => ctx.queue(40, () => undefined),
        };
      },
    };
  }
  get name(): string {
    return this.get('name') as string;
  }
  get visibility(): string {
    return this.get('visibility') as string;
  }
  /** Excel refuses to hide the last visible sheet. */
  set visibility(v: string) {
    this.ctx.queue(40, () => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new SimError('InvalidArgument', `visibility ${v}`);
      const s = this.writable();
      const others = this.ctx.sim.model.sheets.filter((x) => x !== s && x.visibility === 'Visible');
      if (v !== 'Visible' && others.length === 0)
        throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      s.visibility = v;
    });
  }
  get id(): string {
    return this.get('id') as string;
  }
  get position(): number {
    return this.get('position') as number;
  }
  writable(): SimSheet {
    const s = this.sheet();
    if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
    return s;
  }
  getRange(address: string): SimRange {
    return new SimRange(
      this.ctx,
      () => this.sheet().name,
      () => parseBox(address),
    );
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): SimRange {
    return new SimRange(
      this.ctx,
      () => this.sheet().name,
      () => ({ r, c, rows, cols }),
    );
  }
  getUsedRangeOrNullObject(): SimRange {
    const box = () => used(this.sheet());
    return new SimRange(
      this.ctx,
      () => this.sheet().name,
      () => box()!,
      () => !!box(),
    );
  }
  getUsedRange(): SimRange {
    return new SimRange(
      this.ctx,
      () => this.sheet().name,
      () => used(this.sheet()) ?? { r: 0, c: 0, rows: 1, cols: 1 },
    );
  }
  delete(): void {
    this.ctx.queue(40, () => {
      const s = this.sheet();
      const model = this.ctx.sim.model;
      if (this.ctx.sim.workbookProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
      const gone = (n: { formula: string }) => n.formula.includes(`${quote(s.name)}!`) || n.formula.includes(`=${s.name}!`);
      for (const n of model.names) if (gone(n)) this.ctx.sim.deletedNames.add(n.name.toLowerCase());
      model.names = model.names.filter((n) => !gone(n));
      this.ctx.sim.removeSheet(s);
    });
  }
  onChanged = simEvent(this.ctx, () => this.ctx.sim.changedHandlers(this.sheet()));
  activate(): void {
    this.ctx.queue(40, () => void (this.ctx.sim.active = this.sheet().name));
  }
}

function used(s: SimSheet): Box | undefined {
  let rows = 0;
  let cols = 0;
  s.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '' && v !== undefined) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  return rows ? { r: 0, c: 0, rows, cols } : undefined;
}

function officeValue(v: SimValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return v;
}
function valueType(v: SimValue | undefined): string {
  if (v === null || v === undefined || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

export class SimRange extends ClientObject {
  format: {
    font: { bold: boolean; color: string };
    fill: { color: string };
    columnWidth: number;
    wrapText: boolean;
    autofitColumns: () => void;
    autofitRows: () => void;
  };
  constructor(
    ctx: SimContext,
    private sheetName: () => string,
    private box: () => Box,
    exists?: () => boolean,
  ) {
    const cells = () => {
      const s = ctx.sim.sheet(sheetName());
      if (!s) throw new SimError('ItemNotFound', `no sheet ${sheetName()}`);
      calculate(s);
      const b = box();
      return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => s.cells[b.r + i]?.[b.c + j]));
    };
    super(
      ctx,
      {
        values: () => cells().map((r) => r.map(officeValue)),
        valueTypes: () => cells().map((r) => r.map(valueType)),
        address: () => `${quote(sheetName())}!${boxAddress(box())}`,
        rowCount: () => box().rows,
        columnCount: () => box().cols,
      },
      exists,
    );
    const each = (f: (s: SimSheet, r: number, c: number) => void) => () => {
      const s = ctx.sim.sheet(sheetName());
      if (!s) throw new SimError('ItemNotFound', `no sheet ${sheetName()}`);
      if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
      const b = box();
      for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.cols; j++) f(s, b.r + i, b.c + j);
    };
    this.format = {
      font: {
        set bold(v: boolean) {
          ctx.queue(
            48,
            each((s, r, c) => void (s.bold[a1(r, c)] = v)),
          );
        },
        get bold(): boolean {
          throw new SimError('PropertyNotLoaded', 'format.font.bold is not loaded');
        },
        set color(_v: string) {
          ctx.queue(
            48,
            each(() => undefined),
          );
        },
        get color(): string {
          throw new SimError('PropertyNotLoaded', 'format.font.color is not loaded');
        },
      },
      fill: {
        set color(_v: string) {
          ctx.queue(
            48,
            each(() => undefined),
          );
        },
        get color(): string {
          throw new SimError('PropertyNotLoaded', 'format.fill.color is not loaded');
        },
      },
      set columnWidth(_v: number) {
        ctx.queue(40, () => {
          const s = ctx.sim.sheet(sheetName());
          if (!s) throw new SimError('ItemNotFound', `no sheet ${sheetName()}`);
          if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
        });
      },
      get columnWidth(): number {
        throw new SimError('PropertyNotLoaded', 'format.columnWidth is not loaded');
      },
      set wrapText(v: boolean) {
        ctx.queue(
          40,
          each((s, r, c) => void ((s.wrapped ??= {})[a1(r, c)] = v)),
        );
      },
      get wrapText(): boolean {
        throw new SimError('PropertyNotLoaded', 'format.wrapText is not loaded');
      },
      autofitColumns: () => ctx.queue(32, () => undefined),
      autofitRows: () => ctx.queue(32, () => undefined),
    };
  }
  resolvedAddress(): string {
    return `${quote(this.sheetName())}!${boxAddress(this.box())}`;
  }
  get values(): (string | number | boolean)[][] {
    return this.get('values') as (string | number | boolean)[][];
  }
  set values(v: (string | number | boolean | null)[][]) {
    this.write('values', v, (s, r, c, x) => {
      if (!s.cells[r]) s.cells[r] = [];
      const text = typeof x === 'string' && x.startsWith('=') && s.formats[`${r},${c}`] !== '@';
      if (text) s.formulas[a1(r, c)] = x as string;
      else delete s.formulas[a1(r, c)];
      s.cells[r][c] = x === '' ? null : (x as SimValue);
    });
  }
  /** Formulas: '=' text becomes the cell's formula (calculated when read, formulas.ts); anything else a value. */
  set formulas(v: (string | number | boolean | null)[][]) {
    this.write('formulas', v, (s, r, c, x) => {
      if (!s.cells[r]) s.cells[r] = [];
      if (typeof x === 'string' && x.startsWith('=')) {
        s.formulas[a1(r, c)] = x;
        s.cells[r][c] = null;
      } else {
        delete s.formulas[a1(r, c)];
        s.cells[r][c] = x === '' ? null : (x as SimValue);
      }
    });
  }
  /** Data validation (ExcelApi 1.8): a list rule and its error alert, kept on the sheet. */
  get dataValidation(): {
    rule: { list?: { inCellDropDown: boolean; source: string } };
    errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  } {
    const ctx = this.ctx;
    const where = () => {
      if (!ctx.sim.supports('1.8')) throw new SimError('ApiNotFound', 'Range.dataValidation needs ExcelApi 1.8.');
      const s = ctx.sim.sheet(this.sheetName());
      if (!s) throw new SimError('ItemNotFound', `no sheet ${this.sheetName()}`);
      if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
      const range = boxAddress(this.box());
      s.validations ??= [];
      let v = s.validations.find((x) => x.range === range);
      if (!v) s.validations.push((v = { range, source: '', inCellDropDown: false }));
      return v;
    };
    return {
      set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
        ctx.queue(64 + JSON.stringify(rule).length, () => {
          if (!rule.list) throw new SimError('InvalidArgument', 'only list rules are simulated');
          Object.assign(where(), { source: rule.list.source, inCellDropDown: rule.list.inCellDropDown });
        });
      },
      get rule(): { list?: { inCellDropDown: boolean; source: string } } {
        throw new SimError('PropertyNotLoaded', 'dataValidation.rule is not loaded');
      },
      set errorAlert(a: { showAlert: boolean; style: string; title: string; message: string }) {
        ctx.queue(64 + JSON.stringify(a).length, () => void (where().alert = a.showAlert ? a.title : undefined));
      },
      get errorAlert(): { showAlert: boolean; style: string; title: string; message: string } {
        throw new SimError('PropertyNotLoaded', 'dataValidation.errorAlert is not loaded');
      },
    };
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes') as string[][];
  }
  get address(): string {
    return this.get('address') as string;
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  get columnCount(): number {
    return this.get('columnCount') as number;
  }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', v, (s, r, c, x) => void (s.formats[`${r},${c}`] = String(x)));
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat') as string[][];
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.queue(64 + JSON.stringify(h).length, () => {
      const s = this.ctx.sim.sheet(this.sheetName())!;
      if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
      const b = this.box();
      s.hyperlinks[a1(b.r, b.c)] = h.documentReference ?? h.address ?? '';
    });
  }
  merge(_across?: boolean): void {
    this.ctx.queue(48, () => {
      const s = this.ctx.sim.sheet(this.sheetName())!;
      if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
      s.merges.push(boxAddress(this.box()));
    });
  }
  select(): void {
    this.ctx.queue(48, () => {
      if (!this.ctx.sim.sheet(this.sheetName())) throw new SimError('ItemNotFound', `no sheet ${this.sheetName()}`);
      this.ctx.sim.selection = { sheet: this.sheetName(), address: boxAddress(this.box()) };
    });
  }
  getMergedAreasOrNullObject(): ClientObject & { address: string } {
    const ctx = this.ctx;
    ctx.queue(32, () => {
      if (!ctx.sim.supports('1.13')) throw new SimError('ApiNotFound', 'Range.getMergedAreasOrNullObject needs ExcelApi 1.13.');
    });
    const areas = () => ctx.sim.sheet(this.sheetName())?.merges ?? [];
    const o = new (class extends ClientObject {
      get address(): string {
        return this.get('address') as string;
      }
    })(
      ctx,
      {
        address: () =>
          areas()
            .map((m) => `${quote(this.sheetName())}!${m}`)
            .join(','),
      },
      () => areas().length > 0,
    );
    return o;
  }
  /** A 2-D write: dimensions must match the range, and the payload is what Office.js would send. */
  private write(prop: string, v: unknown[][], set: (s: SimSheet, r: number, c: number, x: unknown) => void): void {
    const size = JSON.stringify(v).length + 64;
    this.ctx.queue(size, () => {
      const s = this.ctx.sim.sheet(this.sheetName());
      if (!s) throw new SimError('ItemNotFound', `no sheet ${this.sheetName()}`);
      if (s.protected) throw new SimError('AccessDenied', `The sheet ${s.name} is protected.`);
      const b = this.box();
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
        throw new SimError('InvalidArgument', `${prop}: ${v.length}×${v[0]?.length} does not fit ${boxAddress(b)}`);
      v.forEach((row, i) => row.forEach((x, j) => set(s, b.r + i, b.c + j, x)));
    });
  }
}

class SimNamedItem extends ClientObject {
  constructor(ctx: SimContext, name: () => string) {
    const find = () => ctx.sim.model.names.find((n) => n.name.toLowerCase() === name().toLowerCase());
    super(
      ctx,
      { name: () => find()!.name, formula: () => find()!.formula, visible: () => find()!.visible, value: () => find()!.formula },
      () => !!find(),
    );
    this.find = find;
  }
  private find: () => SimModel['names'][number] | undefined;
  get name(): string {
    return this.get('name') as string;
  }
  get formula(): string {
    return this.get('formula') as string;
  }
  set visible(v: boolean) {
    this.ctx.queue(40, () => void (this.find()!.visible = v));
  }
  get visible(): boolean {
    return this.get('visible') as boolean;
  }
  delete(): void {
    this.ctx.queue(40, () => {
      const n = this.find();
      if (n) this.ctx.sim.model.names.splice(this.ctx.sim.model.names.indexOf(n), 1);
    });
  }
}

class SimNames extends ClientObject {
  private list: SimNamedItem[] = [];
  constructor(ctx: SimContext) {
    super(ctx, { items: () => ctx.sim.model.names.map((n) => n.name) });
  }
  protected override loadItems(prop?: string): void {
    this.list = this.ctx.sim.model.names.map((n) => {
      const item = new SimNamedItem(this.ctx, () => n.name);
      for (const p of (prop ?? 'name').split(',')) item.preload(p.replace(/^items\//, '').trim());
      return item;
    });
  }
  get items(): SimNamedItem[] {
    this.get('items');
    return this.list;
  }
  add(name: string, reference: SimRange | string, _comment?: string): SimNamedItem {
    this.ctx.queue(64 + name.length, () => {
      if (this.ctx.sim.model.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new SimError('ItemAlreadyExists', `a name ${name} exists`);
      const formula =
        typeof reference === 'string'
          ? reference.startsWith('=')
            ? reference
            : `=${reference}`
          : `=${reference.resolvedAddress().replace(/!([A-Z]+)(\d+)/, '!$$$1$$$2')}`;
      this.ctx.sim.model.names.push({ name, formula, visible: true });
    });
    return new SimNamedItem(this.ctx, () => name);
  }
  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.ctx, () => name);
  }
  getItem(name: string): SimNamedItem {
    this.ctx.queue(32, () => {
      if (
        !this.ctx.sim.model.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) &&
        !this.ctx.sim.deletedNames.has(name.toLowerCase())
      )
        throw new SimError('ItemNotFound', `no name ${name}`);
    });
    return new SimNamedItem(this.ctx, () => name);
  }
}

/** Whether requirement-set version `a` ≤ `b` ("1.9" < "1.13"). */
function versionAtMost(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return true;
}

/** One simulated Excel: its workbook model, and what happened to it. */
export class Simulator {
  syncs = 0;
  largestRequest = 0;
  requests: number[] = [];
  /** Bytes of each sync's response, and the largest. */
  responses: number[] = [];
  largestResponse = 0;
  editingMode = false;
  selection: { sheet: string; address: string } | null = null;
  /** Names that went with a deleted sheet (Excel keeps them as #REF!; deleting them still works). */
  deletedNames = new Set<string>();
  workbookProtected = false;
  active: string | null = null;
  /** The highest ExcelApi requirement set this Excel supports (`isSetSupported` answers from it). */
  excelApi = '1.17';
  /** Largest request or response a sync may carry (Excel on the web: 5 MB). */
  payloadLimit = PAYLOAD_LIMIT;
  /** Whether this Excel has ExcelApi `version`. */
  supports(version: string): boolean {
    return versionAtMost(version, this.excelApi);
  }
  constructor(public model: SimModel) {}
  sheet(name: string): SimSheet | undefined {
    return this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  protect(name: string): void {
    this.sheet(name)!.protected = true;
  }
  /** Event handlers the add-in registered. */
  handlers = { added: new Set<SimHandler>(), deleted: new Set<SimHandler>(), changed: new Map<SimSheet, Set<SimHandler>>() };
  private ids = new Map<SimSheet, string>();
  private nextId = 1;
  /** Excel's worksheet id: stable for the sheet's life, never reused. */
  idOf(sheet: SimSheet): string {
    if (!this.ids.has(sheet)) this.ids.set(sheet, `{SIM-${String(this.nextId++).padStart(4, '0')}}`);
    return this.ids.get(sheet)!;
  }
  changedHandlers(sheet: SimSheet): Set<SimHandler> {
    if (!this.handlers.changed.has(sheet)) this.handlers.changed.set(sheet, new Set());
    return this.handlers.changed.get(sheet)!;
  }
  /** Events reach handlers after the change, asynchronously, as in Excel. */
  private emit(handlers: Iterable<SimHandler>, args: SimEventArgs): void {
    for (const h of [...handlers]) setTimeout(() => void h(args), 0);
  }
  addSheet(sheet: SimSheet, source: 'Local' | 'Remote' = 'Local'): void {
    this.model.sheets.push(sheet);
    this.emit(this.handlers.added, { type: 'WorksheetAdded', worksheetId: this.idOf(sheet), source });
  }
  removeSheet(sheet: SimSheet, source: 'Local' | 'Remote' = 'Local'): void {
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    this.emit(this.handlers.deleted, { type: 'WorksheetDeleted', worksheetId: this.idOf(sheet), source });
    this.handlers.changed.delete(sheet);
  }
  /** The user types `value` into a cell (0-based row and column) of `sheet`. */
  userEdit(sheetName: string, row: number, col: number, value: SimValue): void {
    const sheet = this.sheet(sheetName)!;
    if (!sheet.cells[row]) sheet.cells[row] = [];
    sheet.cells[row][col] = value;
    const args: SimEventArgs = {
      type: 'WorksheetChanged',
      worksheetId: this.idOf(sheet),
      source: 'Local',
      address: a1(row, col),
      changeType: 'RangeEdited',
    };
    this.emit(this.changedHandlers(sheet), args);
  }
  /** The user deletes a sheet (right-click → Delete). */
  userDeleteSheet(name: string): void {
    this.removeSheet(this.sheet(name)!);
  }
  /** The user inserts a sheet. */
  userAddSheet(name: string): void {
    this.addSheet(emptySheet(name));
  }
  /** The next sync fails with this Office.js error code (and nothing of it is applied). */
  failNextSync: { code: string; message?: string } | null = null;
  private editWaiters: (() => void)[] = [];
  /** Resolves when the user leaves cell-editing mode (`endCellEdit`). */
  cellEditEnded(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }
  /** The user presses Enter: cell-editing mode ends, and delayed batches go on. */
  endCellEdit(): void {
    this.editingMode = false;
    for (const w of this.editWaiters.splice(0)) w();
  }
  /** `Excel.run` as Office.js has it: `run(batch)` or `run(options, batch)`; delayForCellEdit needs ExcelApi 1.11. */
  run = async <T>(
    a: ((context: SimContext) => Promise<T>) | { delayForCellEdit?: boolean } | SimContext | { context: SimContext },
    b?: (context: SimContext) => Promise<T>,
  ): Promise<T> => {
    if (typeof a === 'function') return a(new SimContext(this));
    if (a instanceof SimContext) return b!(a); // Excel.run(previous context or object, batch)
    if ((a as { context?: unknown }).context instanceof SimContext) return b!((a as { context: SimContext }).context);
    return b!(new SimContext(this, !!(a as { delayForCellEdit?: boolean }).delayForCellEdit && this.supports('1.11')));
  };
  /** The `Excel` and `Office` globals the host and the pane use. */
  globals() {
    const { run, model } = this;
    const sim = { run, model };
    return {
      Excel: {
        run: sim.run,
        RequestContext: SimContext,
        ChartType: { columnStacked: 'ColumnStacked', columnClustered: 'ColumnClustered' },
        ChartSeriesBy: { columns: 'Columns', rows: 'Rows', auto: 'Auto' },
        ErrorCodes: { invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode', accessDenied: 'AccessDenied' },
      },
      Office: {
        onReady: (cb?: (info: { host: string; platform: string }) => void) => {
          const info = { host: 'Excel', platform: 'OfficeOnline' };
          cb?.(info);
          return Promise.resolve(info);
        },
        context: {
          displayLanguage: sim.model.displayLanguage,
          requirements: {
            isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && this.supports(version ?? '1.1'),
          },
          ui: { displayDialogAsync: () => undefined },
        },
        actions: { associate: () => undefined },
        AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
        EventType: { DialogEventReceived: 'dialogEventReceived' },
        HostType: { Excel: 'Excel' },
      },
    };
  }
}

/** Puts the simulator's `Excel` and `Office` on globalThis (Node tests), as office.js would in Excel. */
export function installSimulator(model: SimModel): Simulator {
  const sim = new Simulator(model);
  const g = sim.globals();
  Object.assign(globalThis as object, { Excel: g.Excel, Office: g.Office });
  return sim;
}

export function createSimulator(model: SimModel): Simulator {
  return new Simulator(model);
}
