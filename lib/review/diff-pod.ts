/**
 * The pod template of the two sides of a changed object, and where its containers are: what the
 * explanations of probes, security and exemptions share.
 *
 * @packageDocumentation
 */
import { podTemplateAt, templatePathOf } from '../engine/rules/kinds';
import { isObject, JsonObject } from '../values/json';
import { formatPath, Path, Segment } from '../values/path';
import { DiffChange } from './diff-model';

/** The lists of containers of a pod spec. */
export const CONTAINER_LISTS: readonly string[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** One object on both sides, with its pod template when its kind runs pods. */
export interface PodPair {
  /** The path of the pod template from the object's root (`[]` for a Pod, `spec.template` for a Deployment). */
  readonly templatePath: Path;
  /** The pod template before (`{ metadata, spec }`), or an empty one. */
  readonly before: JsonObject;
  /** The pod template after, or an empty one. */
  readonly after: JsonObject;
}

/** Something a part of the diff explains: its changes, and the raw field changes they stand for. */
export interface Explained {
  /** The changes, explained. */
  readonly changes: DiffChange[];
  /** Whether a raw field change at `path` is explained by these changes (and is not to be listed again). */
  readonly consumes: (path: Path) => boolean;
}

/** The pod template of a manifest, when its kind runs pods: its path and its node. */
export function templateOf(manifest: unknown): { path: Path; node: JsonObject } | undefined {
  if (!isObject(manifest) || typeof manifest.kind !== 'string') return undefined;
  const path = templatePathOf(manifest.kind);
  if (path === undefined) return undefined;
  const t = podTemplateAt(manifest, path);
  return t === undefined ? undefined : { path, node: t.node };
}

/** The pod templates of two versions of an object, when its kind runs pods. */
export function podPair(before: unknown, after: unknown): PodPair | undefined {
  const b = templateOf(before);
  const a = templateOf(after);
  if (b === undefined && a === undefined) return undefined;
  return { templatePath: (a ?? b)!.path, before: b?.node ?? {}, after: a?.node ?? {} };
}

/** The pod spec of a template, or an empty one. */
export function specOf(template: JsonObject): JsonObject {
  return isObject(template.spec) ? template.spec : {};
}

/** A container of a pod spec: which list it is in, and its JSON. */
export interface ContainerAt {
  readonly list: string;
  readonly node: JsonObject;
}

/** The named containers of a template, by name. */
export function containersOf(template: JsonObject): Map<string, ContainerAt> {
  const spec = specOf(template);
  const out = new Map<string, ContainerAt>();
  for (const list of CONTAINER_LISTS) {
    const items = spec[list];
    if (!Array.isArray(items)) continue;
    for (const c of items) if (isObject(c) && typeof c.name === 'string' && !out.has(c.name)) out.set(c.name, { list, node: c });
  }
  return out;
}

function sameSegment(x: Segment, y: Segment): boolean {
  if (typeof x === 'object' && typeof y === 'object') return x.key === y.key;
  return x === y;
}

/** Whether `path` is `prefix` or below it. */
export function startsWith(path: Path, prefix: Path): boolean {
  return path.length >= prefix.length && prefix.every((s, i) => sameSegment(s, path[i]));
}

/** The path of a container: `<template>.spec.<list>[<name>]`. */
export function containerPath(templatePath: Path, list: string, name: string): Path {
  return [...templatePath, 'spec', list, { key: name }];
}

/** The container a path is in (by name), and the rest of the path below it. */
export function containerOf(path: Path, templatePath: Path): { name: string; rest: Path } | undefined {
  const n = templatePath.length;
  if (!startsWith(path, [...templatePath, 'spec']) || path.length < n + 3) return undefined;
  const list = path[n + 1];
  const key = path[n + 2];
  if (typeof list !== 'string' || !CONTAINER_LISTS.includes(list) || typeof key !== 'object') return undefined;
  return { name: key.key, rest: path.slice(n + 3) };
}

/** A path as the changes write it (`spec.template.spec.containers[web].image`), `.` for the root. */
export function showPath(path: Path): string {
  return path.length === 0 ? '.' : formatPath(path);
}
