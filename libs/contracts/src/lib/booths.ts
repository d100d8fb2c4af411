/** Tags a booth can carry; shown on the plan and used when placing exhibitors. */
export const BoothTag = {
  Corner: 'corner',
  NearEntrance: 'nearEntrance',
} as const;
export type BoothTag = (typeof BoothTag)[keyof typeof BoothTag];
export const BOOTH_TAGS = Object.values(BoothTag);

/** A booth on a fair's floor plan: a rectangle in metres from the room's top-left corner. */
export interface BoothInput {
  /** Short code painted on the floor and printed on sheets, e.g. 'A1'. Unique within the fair. */
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  /** Electric power available at the booth in watts; 0 = no socket. */
  powerWatts: number;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  cookingAllowed: boolean;
  tags: BoothTag[];
}

export interface Booth extends BoothInput {
  id: string;
  /** width × depth, rounded to 0.01 m². */
  areaM2: number;
}

/** GET /api/fairs/:id/booths */
export interface FloorPlan {
  fairId: string;
  room: { id: string; name: string; widthM: number; depthM: number };
  /** True for invented demo plans, so the UI can say so. */
  sample: boolean;
  booths: Booth[];
}

/** POST /api/fairs/:id/booths/copy: copy every booth of an earlier fair's plan into an empty plan. */
export interface CopyPlanInput {
  fromFairId: string;
}
