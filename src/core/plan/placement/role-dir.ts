/**
 * The folder for a new file of a role, near the file it belongs with: a service beside its
 * entity's model.
 */
import { directoryOf, lastSegment, sharedSegments } from '../layout/folders.js';
import type { PathLayout } from '../layout/model.js';
import { type CodeRole, dirDenies } from '../layout/role-words.js';
import { ENDPOINT_FOLDERS, MODEL_FOLDERS, SERVICE_FOLDERS } from '../../vocabulary/layout.js';

/**
 * Of the plan's folders for `role`, the one nearest `anchor` (a service beside its entity's
 * model: `shipment/application/` for `shipment/domain/Shipment.java`); the layout's own otherwise.
 */
export function roleDirNear(
  layout: PathLayout,
  role: CodeRole,
  anchor: string | undefined
): string {
  const fallback =
    role === 'model'
      ? layout.modelsDir
      : role === 'service'
        ? layout.servicesDir
        : layout.endpointsDir;
  if (!anchor || layout.origin !== 'plan') return fallback;
  const names =
    role === 'model' ? MODEL_FOLDERS : role === 'service' ? SERVICE_FOLDERS : ENDPOINT_FOLDERS;
  const dirs = layout.sourceDirs.filter(
    dir => names.includes(lastSegment(dir).toLowerCase()) && !dirDenies(dir, role)
  );
  let best: { dir: string; shared: number } | undefined;
  for (const dir of dirs) {
    const shared = sharedSegments(dir, directoryOf(anchor));
    if (best === undefined || shared > best.shared) best = { dir, shared };
  }
  const fallbackShared = sharedSegments(fallback, directoryOf(anchor));
  return best && best.shared > fallbackShared ? best.dir : fallback;
}
