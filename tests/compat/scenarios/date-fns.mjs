import { addDays, format, differenceInCalendarDays, parseISO, isLeapYear } from 'date-fns';
const d = parseISO('2024-02-28T12:00:00');
console.log(format(addDays(d, 1), 'yyyy-MM-dd'), differenceInCalendarDays(parseISO('2024-03-10'), d), isLeapYear(d));
