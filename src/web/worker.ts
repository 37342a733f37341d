/// <reference lib="webworker" />
/**
 * The page's Web Worker: bytes → snapshot → engine → JSON result + result workbook, all on this computer.
 * The same modules as the CLI (src/hosts/xlsx). It also builds the blank template workbook (下载空白模板), like
 * `bangfu-check --template`.
 */
import { checkRound, DEFAULT_PROFILE, LANGS, renderOutputs, renderSummary, renderTemplate, toFileResult, type CheckReport } from '../core';
import { checkBytes } from '../hosts/xlsx/check-file';
import { buildResultWorkbook } from '../hosts/xlsx/copykeep';
import { writeSummaryWorkbook, writeTemplateWorkbook } from '../hosts/xlsx/write-new';
import type { RelangRequest, SummaryRequest, TemplateRequest, WorkerMessage, WorkerRequest } from './worker-protocol';

const post = (m: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function template(req: TemplateRequest): Promise<void> {
  try {
    const workbook = bufferOf(await writeTemplateWorkbook(renderTemplate(DEFAULT_PROFILE, req.lang)));
    post({ type: 'template', id: req.id, workbook }, [workbook]);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}

/** 汇总.xlsx: the round's cross-file findings and the three sheets, in the page's language. */
async function summary(req: SummaryRequest): Promise<void> {
  try {
    const round = checkRound(req.files, DEFAULT_PROFILE);
    const workbook = bufferOf(await writeSummaryWorkbook(renderSummary(req.files, round, req.lang, DEFAULT_PROFILE)));
    post({ type: 'summary', id: req.id, workbook }, [workbook]);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}

/** Each checked file's report by its id, to render its result workbook again in another language. */
const reports = new Map<number, CheckReport>();

const writeResult = (bytes: Uint8Array, report: CheckReport, lang: RelangRequest['lang']) =>
  buildResultWorkbook(bytes, renderOutputs(report, lang));

/**
 * The result workbook in `req.lang`: the product's sheets of the workbook the page holds are replaced, as a re-run
 * replaces them (found by mark and content, in either language); the user's parts stay as they are.
 */
async function relang(req: RelangRequest): Promise<void> {
  try {
    const report = reports.get(req.id);
    if (!report) throw new Error(`no check of file ${req.id} to render again`);
    const workbook = bufferOf((await writeResult(new Uint8Array(req.workbook), report, req.lang)).bytes);
    post({ type: 'relang', id: req.id, lang: req.lang, workbook }, [workbook]);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  if (req.type === 'template') return template(req);
  if (req.type === 'summary') return summary(req);
  if (req.type === 'relang') return relang(req);
  if (req.type !== 'check') return;
  try {
    post({ type: 'progress', id: req.id, step: 'reading' });
    const bytes = new Uint8Array(req.bytes);
    post({ type: 'progress', id: req.id, step: 'checking' });
    const checked = await checkBytes(bytes, req.name, {
      lang: req.lang,
      ...(req.ignores ? { ignores: req.ignores, ignoresOnly: true } : {}),
    });
    const base = {
      type: 'done' as const,
      id: req.id,
      result: checked.result,
      results: Object.fromEntries(
        LANGS.map((l) => [l, l === req.lang ? checked.result : toFileResult(checked.report, req.name, l)]),
      ) as Record<(typeof LANGS)[number], typeof checked.result>,
      profileName: checked.report.profile.name,
      profileSource: checked.report.profileSource,
      unreadable: checked.unreadable,
      lang: req.lang,
    };
    if (checked.unreadable) {
      post(base);
      return;
    }
    post({ type: 'progress', id: req.id, step: 'result' });
    reports.set(req.id, checked.report);
    const built = await writeResult(bytes, checked.report, req.lang);
    const workbook = bufferOf(built.bytes);
    post({ ...base, workbook, mode: built.mode, ...(built.reason ? { reason: built.reason } : {}), names: built.names }, [workbook]);
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
