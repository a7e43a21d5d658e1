import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { connectorType } from '../lib/connection.js';
import { describe, describeAction } from '../lib/describe.js';
import { actionText, connectorText, entityText } from '../lib/output/describe-text.js';
import { connectorDescription } from '../lib/prebuilt.js';

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
    if (!args.entity) {
      const whole = await connectorDescription(args.connector);
      this.text = () => connectorText(whole);
      return whole;
    }
    const { entity: entityName, action } = args;
    const connector = await connectorType(args.connector);
    this.text = () => {
      const info = describe(connector, entityName, action);
      if (!action) {
        const entity = info as { entity: string; actions: Record<string, ReturnType<typeof describeAction>>; deprecated?: { use: string } };
        return entityText(connector.name, entity.entity, entity.actions, entity.deprecated);
      }
      return actionText(connector.name, entityName, action, info as ReturnType<typeof describeAction>);
    };
    return describe(connector, entityName, action);
  }

  private text: () => string = () => '';

  protected override human(): string {
    return this.text();
  }
}
