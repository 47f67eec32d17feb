import type { ItemSummary } from '../../items/api/items.api';
import { api } from '../../shared/api/http-client';
import type { Page } from '../../shared/api/page.types';

/** apps/server UnitReportRowDto. */
export interface UnitReportRow {
  unitCode: string;
  unitName: string;
  onTime: number;
  overdue: number;
  sendBacks: number;
  poorImplementation: number;
  /** 0–1; null when the unit closed nothing in the period. */
  onTimeRate: number | null;
  openOverdue: number;
}

export interface DateRange {
  from: string;
  to: string;
}

/** GET /api/reports/units?from=&to= (items.all) → per unit and period. */
export async function unitReport(range: DateRange): Promise<UnitReportRow[]> {
  return (await api<{ units: UnitReportRow[] }>('/reports/units', { query: { from: range.from, to: range.to } })).units;
}

/** GET /api/items?status=active&limit=200: the open items, for the lights and the overdue list. */
export async function openItems(): Promise<ItemSummary[]> {
  return (await api<Page<ItemSummary>>('/items', { query: { status: 'active', limit: 200 } })).items;
}

/** GET /api/reports/bulletin.docx?from=&to= → 督查通报 for the period. */
export function bulletinUrl(range: DateRange): string {
  return `/api/reports/bulletin.docx?from=${range.from}&to=${range.to}`;
}

/** GET /api/reports/units.xlsx?from=&to= → the same figures as a spreadsheet. */
export function unitsXlsxUrl(range: DateRange): string {
  return `/api/reports/units.xlsx?from=${range.from}&to=${range.to}`;
}
