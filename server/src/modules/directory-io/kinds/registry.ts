import type { DirectoryKindName } from '@qiantai/contracts';
import type { DirectoryKind } from './kind.js';
import { leasesKind } from './leases.kind.js';
import { parkingKind } from './parking.kind.js';
import { peopleKind } from './people.kind.js';
import { unitsKind } from './units.kind.js';
import { vehiclesKind } from './vehicles.kind.js';

export const KINDS: Readonly<Record<DirectoryKindName, DirectoryKind>> = {
  people: peopleKind,
  units: unitsKind,
  vehicles: vehiclesKind,
  parking: parkingKind,
  leases: leasesKind,
};
