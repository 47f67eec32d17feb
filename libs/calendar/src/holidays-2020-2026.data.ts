import type { YearHolidayData } from './calendar.types.js';

/**
 * Public holidays and make-up working days (调休上班) of 2020–2026, transcribed from the State Council's yearly
 * notices (国务院办公厅关于20XX年部分节假日安排的通知). Each holiday block is the notice's "X月X日至X日放假（调休），
 * 共N天" — weekend days inside a block belong to it; a weekend merely adjoining a one-day holiday ("与周末连休") does not.
 * Every weekday, block length and make-up day below is checked against the notice's own weekday notes by
 * holidays-2020-2026.data.spec.ts.
 *
 * 2020: the COVID-19 extension of 春节 (国办发明电〔2020〕1号, 2020-01-26) is included — it was a nationwide
 * public holiday: 春节 runs to 2020-02-02 and the make-up Saturday 2020-02-01 was dropped (work resumed Monday
 * 2020-02-03). Local governments' further postponements of return to work are not national and are left out.
 *
 * 2025: the revised 《全国年节及纪念日放假办法》 (November 2024) adds 除夕 to 春节 and 5月2日 to 劳动节; the 2025 notice
 * applies it (春节 8 days from 除夕, 劳动节 5 days with a single make-up Sunday).
 */
export const CHINA_HOLIDAYS_2020_2026: readonly YearHolidayData[] = [
  {
    year: 2020,
    source: '国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）',
    holidays: [
      { name: '元旦', from: '2020-01-01', to: '2020-01-01' },
      {
        name: '春节',
        from: '2020-01-24',
        to: '2020-02-02',
        note: '原为1月24日至30日；国办发明电〔2020〕1号延长至2月2日，2月1日（星期六）不再上班',
      },
      { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
      { name: '劳动节', from: '2020-05-01', to: '2020-05-05' },
      { name: '端午节', from: '2020-06-25', to: '2020-06-27' },
      { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' },
    ],
    makeUpWorkingDays: [
      { date: '2020-01-19', for: '春节' },
      { date: '2020-04-26', for: '劳动节' },
      { date: '2020-05-09', for: '劳动节' },
      { date: '2020-06-28', for: '端午节' },
      { date: '2020-09-27', for: '国庆节、中秋节' },
      { date: '2020-10-10', for: '国庆节、中秋节' },
    ],
  },
  {
    year: 2021,
    source: '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）',
    holidays: [
      { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
      { name: '春节', from: '2021-02-11', to: '2021-02-17' },
      { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
      { name: '劳动节', from: '2021-05-01', to: '2021-05-05' },
      { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
      { name: '中秋节', from: '2021-09-19', to: '2021-09-21' },
      { name: '国庆节', from: '2021-10-01', to: '2021-10-07' },
    ],
    makeUpWorkingDays: [
      { date: '2021-02-07', for: '春节' },
      { date: '2021-02-20', for: '春节' },
      { date: '2021-04-25', for: '劳动节' },
      { date: '2021-05-08', for: '劳动节' },
      { date: '2021-09-18', for: '中秋节' },
      { date: '2021-09-26', for: '国庆节' },
      { date: '2021-10-09', for: '国庆节' },
    ],
  },
  {
    year: 2022,
    source: '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）',
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
      { name: '春节', from: '2022-01-31', to: '2022-02-06' },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
    ],
    makeUpWorkingDays: [
      { date: '2022-01-29', for: '春节' },
      { date: '2022-01-30', for: '春节' },
      { date: '2022-04-02', for: '清明节' },
      { date: '2022-04-24', for: '劳动节' },
      { date: '2022-05-07', for: '劳动节' },
      { date: '2022-10-08', for: '国庆节' },
      { date: '2022-10-09', for: '国庆节' },
    ],
  },
  {
    year: 2023,
    source: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）',
    holidays: [
      // The 2023 notice starts 元旦 on Saturday 2022-12-31.
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27' },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ],
    makeUpWorkingDays: [
      { date: '2023-01-28', for: '春节' },
      { date: '2023-01-29', for: '春节' },
      { date: '2023-04-23', for: '劳动节' },
      { date: '2023-05-06', for: '劳动节' },
      { date: '2023-06-25', for: '端午节' },
      { date: '2023-10-07', for: '中秋节、国庆节' },
      { date: '2023-10-08', for: '中秋节、国庆节' },
    ],
  },
  {
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
    holidays: [
      // "1月1日放假，与周末连休": only the Monday is a holiday; the weekend before is an ordinary weekend.
      { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
      // 除夕 2024-02-09 stays a working day (the notice only encourages annual leave).
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    makeUpWorkingDays: [
      { date: '2024-02-04', for: '春节' },
      { date: '2024-02-18', for: '春节' },
      { date: '2024-04-07', for: '清明节' },
      { date: '2024-04-28', for: '劳动节' },
      { date: '2024-05-11', for: '劳动节' },
      { date: '2024-09-14', for: '中秋节' },
      { date: '2024-09-29', for: '国庆节' },
      { date: '2024-10-12', for: '国庆节' },
    ],
  },
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', note: '自2025年起春节含农历除夕，放假调休8天' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', note: '自2025年起劳动节放假2天（5月1日、2日）' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    makeUpWorkingDays: [
      { date: '2025-01-26', for: '春节' },
      { date: '2025-02-08', for: '春节' },
      { date: '2025-04-27', for: '劳动节' },
      { date: '2025-09-28', for: '国庆节、中秋节' },
      { date: '2025-10-11', for: '国庆节、中秋节' },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    makeUpWorkingDays: [
      { date: '2026-01-04', for: '元旦' },
      { date: '2026-02-14', for: '春节' },
      { date: '2026-02-28', for: '春节' },
      { date: '2026-05-09', for: '劳动节' },
      { date: '2026-09-20', for: '国庆节' },
      { date: '2026-10-10', for: '国庆节' },
    ],
  },
];
