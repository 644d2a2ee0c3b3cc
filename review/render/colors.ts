// Colour only when a person is looking: picocolors with an explicit on/off switch.
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export const colors = (enabled: boolean): Colors => pc.createColors(enabled);
