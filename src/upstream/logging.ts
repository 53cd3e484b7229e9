import type { CompiledAgent, FirewallPolicy } from '../config/types.js';
import { FirewallError } from '../errors.js';
import type { JsonRpcMessage, JsonRpcRequest } from '../jsonrpc/messages.js';
import { reachableTools } from '../policy/access.js';
import { isLogLevel, LOG_LEVELS, type LogDelivery, type ServerLogs } from './server-logs.js';

/**
 * One session's view of the tool servers' logs: `logging/setLevel` sets the level for this
 * session only (the firewall filters; see server-logs.ts for what the servers are asked), and
 * only servers the agent can see (at least one of their tools is reachable for it) are heard.
 * Without a level set, every level is passed, as a server would do.
 */
export class SessionLogging {
  private rank = 0;
  private readonly visible: ReadonlySet<string>;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly logs: ServerLogs,
    policy: FirewallPolicy,
    agent: CompiledAgent,
    private readonly session: string,
    send: (message: JsonRpcMessage) => void,
    ready: () => boolean,
  ) {
    this.visible = new Set(reachableTools(agent, policy.tools.values()).map((t) => t.server));
    this.unsubscribe = logs.subscribe((delivery: LogDelivery) => {
      if (delivery.rank >= this.rank && this.visible.has(delivery.server) && ready()) {
        send({ jsonrpc: '2.0', method: 'notifications/message', params: delivery.params });
      }
    });
  }

  setLevel(request: JsonRpcRequest): Record<string, never> {
    const level = request.params?.level;
    if (!isLogLevel(level)) throw new FirewallError('ARGS_INVALID', `logging/setLevel needs a "level": one of ${LOG_LEVELS.join(', ')}`);
    this.rank = LOG_LEVELS.indexOf(level);
    this.logs.setSessionLevel(this.session, level);
    return {};
  }

  close(): void {
    this.unsubscribe();
    this.logs.setSessionLevel(this.session, undefined);
  }
}
