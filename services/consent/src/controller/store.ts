import type { Connection } from 'mongoose';
import type { Controller, ControllerSource } from '@lethe/platform/controller';
import { TenantSettings, type VersionedSettings } from '@lethe/platform/mongo';

export type StoredController = VersionedSettings<Controller>;

/** Until a tenant publishes its details: nothing (version 0 means "not set"). */
const UNSET: Controller = {
  companyName: '',
  address: [],
  privacyPolicyUrls: { de: '', en: '' },
  dataProtectionContact: { name: '', email: '', phone: '', address: [] },
  logo: Buffer.alloc(0),
  brandColour: '',
  defaultLanguage: 'de',
};

/**
 * The tenant's controller identity, one versioned document each. Stored in clear: it is the
 * tenant's published business information, not a data subject's.
 */
export class ControllerStore implements ControllerSource {
  private readonly settings: TenantSettings<Controller>;

  constructor(connection: Connection) {
    this.settings = new TenantSettings<Controller>(connection, {
      modelName: 'Controller',
      collection: 'controllers',
      resourceType: 'controller',
      defaults: UNSET,
      fields: {
        companyName: { type: String, required: true },
        address: [String],
        privacyPolicyUrls: { de: String, en: String },
        dataProtectionContact: { name: String, email: String, phone: String, address: [String] },
        logo: Buffer,
        brandColour: String,
        defaultLanguage: String,
      },
    });
  }

  /** The stored controller with its version, or undefined while the tenant has set none. */
  async get(tenantId: string): Promise<StoredController | undefined> {
    const stored = await this.settings.get(tenantId);
    return stored.version === 0 ? undefined : stored;
  }

  update(tenantId: string, controller: Controller, expectedVersion: number, actorId: string, now: Date): Promise<StoredController> {
    return this.settings.update(tenantId, controller, expectedVersion, actorId, now);
  }

  async controllerOf(tenantId: string): Promise<Controller | undefined> {
    const stored = await this.get(tenantId);
    if (!stored) return undefined;
    const { version: _version, updatedAt: _at, updatedBy: _by, ...controller } = stored;
    return controller;
  }
}
