import { PlatformCommand } from '../platform-command.js';
import { doctor, doctorText, type DoctorReport } from '../lib/doctor.js';

export default class Doctor extends PlatformCommand<DoctorReport> {
  static override summary = 'Check the setup: Node, the config file, profile, mode, credential sources and the platform.';
  static override description =
    'Reports the Node.js version, the config file and its permissions, the profile, the mode `aac exec` would use, where ' +
    'each connector with credentials gets them (environment, .env or the store), and whether the Airbyte platform answers ' +
    '(when platform credentials are present). Each problem comes with a hint; the exit code is 1 when there is one.';

  static override examples = ['<%= config.bin %> doctor', '<%= config.bin %> doctor --json | jq .connectors'];

  async run(): Promise<DoctorReport> {
    const { flags } = await this.parse(Doctor);
    return doctor(this.ctx, { client: () => this.platform(flags), nodeVersion: process.version });
  }

  protected override exitCodeFor(report: DoctorReport): number {
    return report.problems ? 1 : 0;
  }

  protected override human(report: DoctorReport): string {
    return doctorText(report);
  }
}
