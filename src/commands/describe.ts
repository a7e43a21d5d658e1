import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { connectorType } from '../lib/connection.js';
import { describe, describeAction, describeConnector } from '../lib/describe.js';
import { actionText, connectorText, entityText } from '../lib/output/describe-text.js';
import { json } from '../lib/output/write.js';

export default class Describe extends BaseCommand {
  static override summary = 'Show the entities, actions, parameters and auth of a connector.';
  static override examples = [
    '<%= config.bin %> describe stripe',
    '<%= config.bin %> describe stripe customers',
    '<%= config.bin %> describe stripe customers list',
    '<%= config.bin %> describe github --json | jq .auth',
  ];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. stripe.', required: true }),
    entity: Args.string({ description: 'Entity to describe.' }),
    action: Args.string({ description: 'Action to describe.' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Describe);
    this.useGlobals(flags);
    const connector = await connectorType(args.connector);
    const result = describe(connector, args.entity, args.action);
    if (flags.json) return this.out(json(result));
    if (!args.entity) return this.out(connectorText(describeConnector(connector)));
    const entity = result as { entity: string; actions: Record<string, ReturnType<typeof describeAction>> };
    if (!args.action) return this.out(entityText(connector.name, entity.entity, entity.actions));
    return this.out(actionText(connector.name, args.entity, args.action, result as ReturnType<typeof describeAction>));
  }
}
