import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { connection, fields, gqlGet, gqlList, pageParams, pageVars, repoParams, repoVars } from './shared.js';

/** What is in a repository: branches, commits, tags, releases, files and directories. */

const LIST_BRANCHES = `query ListBranches($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/heads/", first: $first, after: $after) { ${connection()} }
  }
}`;

const GET_BRANCH = `query GetBranch($owner: String!, $name: String!, $branch: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $branch) { {{fields}} }
  }
}`;

const LIST_COMMITS = `query ListCommits($owner: String!, $name: String!, $first: Int!, $after: String, $path: String) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      target {
        ... on Commit {
          history(first: $first, after: $after, path: $path) { ${connection()} }
        }
      }
    }
  }
}`;

const GET_COMMIT = `query GetCommit($owner: String!, $name: String!, $oid: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) { ... on Commit { {{fields}} } }
  }
}`;

const LIST_RELEASES = `query ListReleases($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    releases(first: $first, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) { ${connection()} }
  }
}`;

const GET_RELEASE = `query GetRelease($owner: String!, $name: String!, $tagName: String!) {
  repository(owner: $owner, name: $name) {
    release(tagName: $tagName) { {{fields}} }
  }
}`;

const LIST_TAGS = `query ListTags($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: $first, after: $after, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) {
      ${connection()}
    }
  }
}`;

const GET_TAG = `query GetTag($owner: String!, $name: String!, $tag: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $tag) { {{fields}} }
  }
}`;

const GET_FILE = `query GetFileContent($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) { ... on Blob { {{fields}} } }
  }
}`;

const LIST_DIRECTORY = `query ListDirectoryContent($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) { ... on Tree { entries { {{fields}} } } }
  }
}`;

const BRANCH_FIELDS =
  'name prefix target { ... on Commit { oid commitUrl message author { name email date } } } ' +
  'associatedPullRequests(first: 1) { totalCount }';
const COMMIT_FIELDS =
  'oid message messageHeadline committedDate author { name email } additions deletions changedFiles ' +
  'parents(first: 5) { nodes { oid } }';
const RELEASE_FIELDS =
  'id databaseId name tagName description publishedAt createdAt isPrerelease isDraft author { login avatarUrl } ' +
  'releaseAssets(first: 10) { nodes { name downloadUrl size } }';
/** An annotated tag's message is `String`, a commit's `String!`: one response name cannot hold both, so the tag's is aliased. */
const TAG_FIELDS =
  'name prefix target { oid ... on Commit { commitUrl message } ... on Tag { tagger { name email date } tagMessage: message } }';

const gitRef = z
  .string()
  .default('HEAD')
  .describe('Branch, tag or commit SHA to read from; HEAD is the default branch');

export const codeEntities = defineEntities({
  branches: {
    description: 'Branches of a repository with their head commit',
    columns: ['name', 'prefix'],
    actions: {
      list: {
        ...gqlList('data.repository.refs'),
        description: 'List the branches of a repository',
        params: repoParams.extend(pageParams().shape),
        graphql: { query: LIST_BRANCHES, variables: { ...repoVars, ...pageVars }, defaultFields: BRANCH_FIELDS },
      },
      get: {
        ...gqlGet('data.repository.ref'),
        description: 'Fetch one branch by name',
        params: repoParams.extend({ branch: z.string().describe('Branch name, e.g. "main"'), fields }),
        graphql: { query: GET_BRANCH, variables: { ...repoVars, branch: 'refs/heads/{branch}' }, defaultFields: BRANCH_FIELDS },
      },
    },
  },
  commits: {
    description: 'Commits on the default branch, with author and change counts',
    columns: ['oid', 'messageHeadline', 'committedDate', 'additions', 'deletions'],
    actions: {
      list: {
        ...gqlList('data.repository.defaultBranchRef.target.history'),
        description: 'List commits on the default branch, newest first, optionally only those touching a path',
        params: repoParams.extend({
          path: z.string().optional().describe('Only commits that changed this file or directory, e.g. "src/lib/"'),
          ...pageParams().shape,
        }),
        graphql: {
          query: LIST_COMMITS,
          variables: { ...repoVars, ...pageVars, path: 'path' },
          defaultFields: COMMIT_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.repository.object'),
        description: 'Fetch one commit by SHA',
        params: repoParams.extend({ sha: z.string().describe('Full commit SHA'), fields }),
        graphql: { query: GET_COMMIT, variables: { ...repoVars, oid: 'sha' }, defaultFields: COMMIT_FIELDS },
      },
    },
  },
  releases: {
    description: 'Published and draft releases with their assets',
    columns: ['tagName', 'name', 'publishedAt', 'isPrerelease', 'isDraft'],
    actions: {
      list: {
        ...gqlList('data.repository.releases'),
        description: 'List the releases of a repository, newest first',
        params: repoParams.extend(pageParams().shape),
        graphql: { query: LIST_RELEASES, variables: { ...repoVars, ...pageVars }, defaultFields: RELEASE_FIELDS },
      },
      get: {
        ...gqlGet('data.repository.release'),
        description: 'Fetch one release by its tag name',
        params: repoParams.extend({ tag: z.string().describe('Tag name of the release, e.g. "v1.2.0"'), fields }),
        graphql: { query: GET_RELEASE, variables: { ...repoVars, tagName: 'tag' }, defaultFields: RELEASE_FIELDS },
      },
    },
  },
  tags: {
    description: 'Git tags of a repository and the objects they point to',
    columns: ['name', 'prefix'],
    actions: {
      list: {
        ...gqlList('data.repository.refs'),
        description: 'List the tags of a repository, most recent commit first',
        params: repoParams.extend(pageParams().shape),
        graphql: { query: LIST_TAGS, variables: { ...repoVars, ...pageVars }, defaultFields: TAG_FIELDS },
      },
      get: {
        ...gqlGet('data.repository.ref'),
        description: 'Fetch one tag by name',
        params: repoParams.extend({ tag: z.string().describe('Tag name, e.g. "v1.2.0"'), fields }),
        graphql: { query: GET_TAG, variables: { ...repoVars, tag: 'refs/tags/{tag}' }, defaultFields: TAG_FIELDS },
      },
    },
  },
  file_content: {
    description: 'The content of one file at a given ref',
    columns: ['oid', 'byteSize', 'isBinary', 'isTruncated'],
    actions: {
      get: {
        ...gqlGet('data.repository.object'),
        description: 'Read a file (text, size and whether it is binary) at a branch, commit or HEAD',
        params: repoParams.extend({
          path: z.string().describe('File path from the repository root, e.g. "README.md"'),
          ref: gitRef,
          fields,
        }),
        graphql: {
          query: GET_FILE,
          variables: { ...repoVars, expression: '{ref}:{path}' },
          defaultFields: 'text byteSize isBinary isTruncated oid abbreviatedOid',
        },
      },
    },
  },
  directory_content: {
    description: 'The entries of one directory at a given ref',
    columns: ['name', 'type', 'path', 'oid'],
    actions: {
      list: {
        ...gqlGet('data.repository.object.entries'),
        description: 'List the files and subdirectories of a directory (one response, no paging)',
        params: repoParams.extend({
          path: z.string().default('').describe('Directory path from the repository root, e.g. "src/lib"; "" (the default) is the root'),
          ref: gitRef,
          fields,
        }),
        graphql: {
          query: LIST_DIRECTORY,
          variables: { ...repoVars, expression: '{ref}:{path}' },
          defaultFields: 'name type oid path',
        },
      },
    },
  },
});
