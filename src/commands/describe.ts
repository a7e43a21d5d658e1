import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { connectorType } from '../lib/connection.js';
import { describe, describeAction, describeConnector } from '../lib/describe.js';
import { actionText, connectorText, entityText } from '../lib/output/describe-text.js';

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


  async run(): Promise<unknown> {
    const { args } = await this.parse(Describe);
    const connector = await connectorType(args.connector);
    this.text = () => {
      if (!args.entity) return connectorText(describeConnector(connector));
      const info = describe(connector, args.entity, args.action);
      if (!args.action) {
        const entity = info as { entity: string; actions: Record<string, ReturnType<typeof describeAction>>; deprecated?: { use: string } };
        return entityText(connector.name, entity.entity, entity.actions, entity.deprecated);
      }
      return actionText(connector.name, args.entity, args.action, info as ReturnType<typeof describeAction>);
    };
    return describe(connector, args.entity, args.action);
  }

  private text: () => string = () => '';

  protected override human(): string {
    return this.text();
  }
}
