/**
 * File-system errors in plain words (issue 14): what could not be done to which path, why, and what to do, in
 * zh-CN and en-US. The CLI prints these instead of a stack trace, and exits with 2.
 */
import type { Lang } from './lang';

/** What the CLI was doing. */
export type FsAction = 'read' | 'list' | 'mkdir' | 'write' | 'out';

const ACTION_ZH: Record<FsAction, string> = {
  read: '读取文件',
  list: '打开文件夹',
  mkdir: '创建输出文件夹',
  write: '写出结果文件',
  out: '使用输出位置',
};
const ACTION_EN: Record<FsAction, string> = {
  read: 'read the file',
  list: 'open the folder',
  mkdir: 'create the output folder',
  write: 'write the result file',
  out: 'use the output location',
};

const WHY_ZH: Record<string, string> = {
  ENOENT: '文件或文件夹不存在。请检查路径',
  EACCES: '没有权限。请检查文件或文件夹的权限，或换一个位置',
  EPERM: '没有权限。请检查文件或文件夹的权限，或换一个位置',
  EROFS: '这个位置是只读的。请用 --out 指定一个可以写入的文件夹',
  ENOSPC: '磁盘空间已满，没有留下不完整的文件。请清理磁盘空间后重试',
  EDQUOT: '磁盘配额已用完，没有留下不完整的文件。请清理空间后重试',
  ENOTDIR: '路径中有一部分是文件而不是文件夹。请用 --out 指定一个文件夹',
  EEXIST: '已有同名的文件，它不是文件夹。请用 --out 指定一个文件夹',
  EISDIR: '这是一个文件夹，不是文件',
  ELOOP: '路径中的符号链接形成了循环',
  ENAMETOOLONG: '文件名或路径太长。请缩短文件名或换一个较短的文件夹',
  EMFILE: '同时打开的文件太多。请减少 --jobs 后重试',
  EBUSY: '文件正被其他程序占用。请关闭它后重试',
  EIO: '磁盘读写出错。请检查磁盘或换一个位置',
};
const WHY_EN: Record<string, string> = {
  ENOENT: 'it does not exist; check the path',
  EACCES: 'permission denied; check the permissions or use another place',
  EPERM: 'permission denied; check the permissions or use another place',
  EROFS: 'the place is read-only; give a writable folder with --out',
  ENOSPC: 'the disk is full (no partial file was left); free some space and try again',
  EDQUOT: 'the disk quota is used up (no partial file was left); free some space and try again',
  ENOTDIR: 'part of the path is a file, not a folder; give a folder with --out',
  EEXIST: 'a file of that name exists and is not a folder; give a folder with --out',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'symbolic links in the path form a loop',
  ENAMETOOLONG: 'the file name or path is too long; shorten it or use a shorter folder',
  EMFILE: 'too many files are open; lower --jobs and try again',
  EBUSY: 'the file is in use by another program; close it and try again',
  EIO: 'a disk input/output error; check the disk or use another place',
};

/** 「无法写出结果文件“out/a.xlsx”：磁盘空间已满…。」 */
export function fsErrorSentence(action: FsAction, path: string, code: string | undefined, lang: Lang): string {
  if (lang === 'en-US') return `Cannot ${ACTION_EN[action]} '${path}': ${WHY_EN[code ?? ''] ?? `a system error (${code ?? 'unknown'})`}.`;
  return `无法${ACTION_ZH[action]}“${path}”：${WHY_ZH[code ?? ''] ?? `系统错误（${code ?? '未知'}）`}。`;
}
