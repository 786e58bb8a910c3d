import { Divider } from 'antd';
import { BusinessHoursCard } from './BusinessHoursCard';
import { HolidaysCard } from './HolidaysCard';

/** 工作时间与节假日: the week's office hours, then the year's holidays and make-up working days. */
export function HoursTab(props: { propertyId: string; canEdit: boolean }) {
  return (
    <>
      <BusinessHoursCard {...props} />
      <Divider />
      <HolidaysCard {...props} />
    </>
  );
}
