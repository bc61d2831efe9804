import { Route, Routes } from 'react-router-dom';
import { CalendarPage } from './calendar-page';
import { CalendarYearPage } from './calendar-year-page';
import { PublishCalendarYearPage } from './publish-calendar-year-page';

/** 节假日安排 (province): /workspace/calendar, /workspace/calendar/publish, /workspace/calendar/:year */
export function CalendarRoutes() {
  return (
    <Routes>
      <Route index element={<CalendarPage />} />
      <Route path="publish" element={<PublishCalendarYearPage />} />
      <Route path=":year" element={<CalendarYearPage />} />
    </Routes>
  );
}
