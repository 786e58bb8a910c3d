// Moved to features/common; kept so that excel/ExcelActions.tsx (being edited elsewhere) still builds.
// Import '../common/use-property-id' instead; this file goes once ExcelActions does.
export { usePropertyId } from '../common/use-property-id';
