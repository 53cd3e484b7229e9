import { z } from 'zod';

/** A capability name; shared by the config, the manifests and the taint classes. */
export const CAPABILITY = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

export const capabilitySchema = z
  .string()
  .regex(CAPABILITY, 'a capability looks like "fs.read" or "net.egress"')
  .describe('A capability name, e.g. fs.read, fs.write, net.egress, exec, data.private, content.untrusted.');
