import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

interface NestProject {
  type: 'application' | 'library';
  root: string;
  sourceRoot: string;
  entryFile: string;
}

/**
 * nest-cli.json names every app and lib of the monorepo; it must stay true to the tree and to
 * the path aliases in tsconfig.json (the build itself runs tsc with tsconfig.build.json).
 */
describe('nest-cli.json', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as {
    monorepo: boolean;
    projects: Record<string, NestProject>;
  };
  const aliases = Object.keys(
    (
      JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as {
        compilerOptions: { paths: Record<string, string[]> };
      }
    ).compilerOptions.paths,
  );

  it('is a monorepo whose every project has its entry file', () => {
    expect(config.monorepo).toBe(true);
    for (const project of Object.values(config.projects)) {
      expect(existsSync(join(ROOT, project.sourceRoot, `${project.entryFile}.ts`))).toBe(true);
    }
  });

  it('lists the api, the worker and exactly the libs with a path alias', () => {
    const apps = Object.entries(config.projects).filter(([, p]) => p.type === 'application');
    expect(apps.map(([name]) => name).sort()).toEqual(['api', 'worker']);
    const libs = Object.keys(config.projects).filter(
      (name) => config.projects[name]?.type === 'library',
    );
    expect(libs.map((name) => `@wmo/${name}`).sort()).toEqual(
      aliases.filter((alias) => alias !== '@wmo/dev-services').sort(),
    );
  });
});
