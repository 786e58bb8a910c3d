import type { ServiceContext } from '../platform/context.js';
import type { DemoDirectoryKit } from './demo-directory-kit.js';

/** Spaces numbered B1-001 …: owned or rented by residents with cars, and some for visitors. */
export class ParkingLot {
  private next = 1;
  constructor(
    private readonly kit: DemoDirectoryKit,
    private readonly propertyId: string,
    private readonly zone: string,
  ) {}

  private number() {
    return `${this.zone}-${String(this.next++).padStart(3, '0')}`;
  }

  async assign(ctx: ServiceContext, holderPersonId: string, plate: string) {
    const type = this.kit.fake.rng.next() < 0.6 ? 'owned' : 'rented';
    await this.kit.parkingSpace(ctx, {
      propertyId: this.propertyId,
      number: this.number(),
      zone: this.zone,
      type,
      holderPersonId,
      plates: [plate],
    });
  }

  async addVisitorSpaces(ctx: ServiceContext, count: number) {
    for (let i = 0; i < count; i++)
      await this.kit.parkingSpace(ctx, {
        propertyId: this.propertyId,
        number: this.number(),
        zone: this.zone,
        type: 'visitor',
        holderPersonId: null,
        plates: [],
      });
  }
}
