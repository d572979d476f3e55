// lqw-reflect on Azure: Function App (Flex Consumption, Node 22), Cosmos DB for NoSQL
// (serverless), Azure Bot with the Teams channel, Key Vault, Application Insights with an
// availability test and, if wanted, Azure OpenAI. One user-assigned managed identity does everything with
// least-privilege roles; no keys or passwords are created or stored except the export signing
// key in Key Vault. Deploy: `azd up` (azure.yaml), the Agents Toolkit (m365agents.yml) or
// `az deployment group create`, see docs/operations.md. Every parameter is mapped in
// main.parameters.json (azd); test/unit/infra-bicep.test.ts keeps it that way.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(32)
@description('Name of the environment (azd: AZURE_ENV_NAME); part of every resource\'s unique suffix.')
param environmentName string

// Regions in the EU/EEA that offer the Flex Consumption plan (the list of the azd Flex Consumption
// quickstart, Azure-Samples/functions-quickstart-typescript-azd), Cosmos DB serverless and Key
// Vault. A region outside it fails here, at the start, instead of at plan creation.
@description('Region for all resources except the bot registration (botLocation) and Azure OpenAI (openAiLocation).')
@allowed([
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'northeurope'
  'norwayeast'
  'spaincentral'
  'swedencentral'
  'westeurope'
])
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = resourceGroup().location

@description('Where Azure Bot Service keeps and processes the bot registration\'s data: westeurope keeps it in the EU (regional bot); global is the worldwide service.')
@allowed(['westeurope', 'global'])
param botLocation string = 'westeurope'

@description('Entra tenant ids whose users may use the bot, comma-separated. Empty: this deployment\'s tenant.')
param allowedTenantIds string = ''

@description('The first quality officers, comma-separated, as tenantId:objectId (Entra tenant and object id; a bare object id only when allowedTenantIds names one tenant). They can assign all other roles in the bot.')
param bootstrapQualityOfficers string = ''

@secure()
@minLength(32)
@description('Key that signs export download links, at least 32 characters (e.g. `openssl rand -hex 32`). Stored only in Key Vault.')
param exportSigningKey string

@description('Base URL for links when a custom domain fronts the Function App, e.g. https://reflect.example.org. Empty: the Function App\'s own host name.')
param customPublicBaseUrl string = ''

@description('NCRONTAB schedule on which the app checks which prompts are due (six fields, UTC).')
param scheduleTimer string = '0 */5 * * * *'

@description('NCRONTAB schedule of the delivery worker that sends recorded prompts.')
param deliveryTimer string = '0 * * * * *'

@description('NCRONTAB schedule of housekeeping: resuming draft jobs, deleting expired documents.')
param housekeepingTimer string = '30 */10 * * * *'

@description('Proactive messages per second for one tenant (Teams allows about 50), sent evenly spaced. 46: 91 % of the limit without throttling in the fan-out benchmark, with room for the app\'s other messages.')
@minValue(1)
@maxValue(50)
param deliveryTenantRps int = 46

@description('Minutes a download link works after it was sent.')
@minValue(1)
param exportLinkMinutes int = 15

@description('Upper bound for Function App instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Days that logs and telemetry are kept.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Point-in-time restore window of Cosmos DB.')
@allowed(['Continuous7Days', 'Continuous30Days'])
param cosmosBackupTier string = 'Continuous7Days'

@description('E-mail address for alerts (errors logged by the app, failed requests). Empty: no alerts.')
param alertEmail string = ''

@description('Run a standard availability test on /api/health every 15 minutes from three EU locations (alerts, with alertEmail).')
param enableAvailabilityTest bool = true

@description('Purge protection on the Key Vault. Irreversible once on; it then blocks `azd down --purge` and keeps the vault\'s name taken for the retention period. The vault holds one key that can be regenerated at any time, so it is off by default.')
param keyVaultPurgeProtection bool = false

@description('Your organisation in the Teams app package (postprovision hook): name, at most 32 characters.')
@maxLength(32)
param developerName string = ''

@description('Your organisation\'s website (https) for the Teams app package.')
param developerWebsiteUrl string = ''

@description('Privacy statement (https) for the Teams app package; the page that carries the Art. 13 information for staff.')
param developerPrivacyUrl string = ''

@description('Terms of use (https) for the Teams app package.')
param developerTermsUrl string = ''

@description('Arguments for the Node.js worker (app setting languageWorkers__node__arguments). The default caps the heap at 1,024 MB on the 2,048 MB instance: room for an export of 100,000 answers beside the turns and the fan-out, and for buffers outside the heap. It doubles the young generation\'s semi-spaces to 32 MB (V8: 16): an export and a fan-out make much short-lived garbage, and fewer, larger young collections cost less CPU (docs/operations.md, section 15). The benchmarks run with these arguments. Empty: the platform default.')
param nodeWorkerArguments string = '--max-old-space-size=1024 --max-semi-space-size=32'

@description('HTTP requests one Flex Consumption instance handles at once; the app runs as many turns at once (TURN_CONCURRENCY) and answers a turn that waits longer than TURN_QUEUE_WAIT_MS with "gerade viel los". 16 is the platform default for 2,048 MB instances.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Deploy Azure OpenAI for LLM-assisted drafts. Off: drafts are compiled deterministically.')
param enableOpenAi bool = false

// Regions of the EU data zone that offer gpt-5.4 (2026-03-05) as Data Zone Standard
// (Azure OpenAI model matrix, "Data Zone Standard", Europe, as of 2026).
@description('Region of the Azure OpenAI account. With DataZoneStandard, prompts are processed anywhere in the EU data zone.')
@allowed([
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'polandcentral'
  'spaincentral'
  'swedencentral'
  'westeurope'
])
param openAiLocation string = 'swedencentral'

// gpt-4o-mini and gpt-4.1-mini are retired; gpt-5-mini and gpt-5.1 take no new customers
// (Azure OpenAI model retirements, 2026). gpt-5.4 is GA with Data Zone Standard in every EU region above.
@description('Model to deploy (see docs/operations.md, "Azure OpenAI model").')
param openAiModelName string = 'gpt-5.4'

@description('Model version to deploy.')
param openAiModelVersion string = '2026-03-05'

@description('Deployment type: DataZoneStandard keeps processing in the EU data zone; Standard in the account\'s region (few models); GlobalStandard anywhere.')
@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
param openAiDeploymentSku string = 'DataZoneStandard'

@description('Azure OpenAI capacity in thousands of tokens per minute.')
@minValue(1)
param openAiCapacity int = 20

@description('Azure OpenAI REST API version the app uses; reasoning models (gpt-5 family) need 2024-12-01-preview or later.')
param openAiApiVersion string = '2025-04-01-preview'

// The app's configuration schema (functions/config.ts) defaults COSMOS_DATABASE to this name.
var databaseName = 'lqw-reflect'
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
  application: 'lqw-reflect'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-lqw-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-lqw-${resourceToken}'
    applicationInsightsName: 'appi-lqw-${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stlqw${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    principalId: identity.outputs.principalId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: 'cosmos-lqw-${resourceToken}'
    location: location
    tags: tags
    databaseName: databaseName
    backupTier: cosmosBackupTier
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-lqw-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    exportSigningKey: exportSigningKey
    purgeProtection: keyVaultPurgeProtection
  }
}

module openAi 'modules/openai.bicep' = if (enableOpenAi) {
  name: 'openai'
  params: {
    name: 'oai-lqw-${resourceToken}'
    location: openAiLocation
    tags: tags
    deploymentName: openAiModelName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSku: openAiDeploymentSku
    capacity: openAiCapacity
    principalId: identity.outputs.principalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: 'func-lqw-${resourceToken}'
    planName: 'plan-lqw-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: 2048
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    nodeWorkerArguments: nodeWorkerArguments
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-lqw-${resourceToken}'
    location: botLocation
    tags: tags
    messagingHostName: functionApp.outputs.defaultHostName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

module availability 'modules/availability.bicep' = if (enableAvailabilityTest) {
  name: 'availability'
  params: {
    name: 'webtest-lqw-${resourceToken}-health'
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    healthUrl: 'https://${functionApp.outputs.defaultHostName}/api/health'
  }
}

module alerts 'modules/alerts.bicep' = if (!empty(alertEmail)) {
  name: 'alerts'
  params: {
    namePrefix: 'lqw-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    email: alertEmail
    availabilityTestId: enableAvailabilityTest ? availability.outputs.id : ''
  }
}

var publicBaseUrl = empty(customPublicBaseUrl) ? 'https://${functionApp.outputs.defaultHostName}' : customPublicBaseUrl

// Every setting functions/config.ts reads on Azure (test/unit/infra-settings.test.ts checks
// this list against the schema). Secrets appear only as Key Vault references.
var appSettings = {
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.outputs.clientId
  MicrosoftAppTenantId: tenant().tenantId
  ALLOWED_TENANT_IDS: empty(allowedTenantIds) ? tenant().tenantId : allowedTenantIds
  COSMOS_ENDPOINT: cosmos.outputs.endpoint
  COSMOS_DATABASE: cosmos.outputs.databaseName
  PUBLIC_BASE_URL: publicBaseUrl
  EXPORT_SIGNING_KEY: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.exportSigningKeySecretUri})'
  BOOTSTRAP_QUALITY_OFFICERS: bootstrapQualityOfficers
  SCHEDULE_TIMER: scheduleTimer
  DELIVERY_TIMER: deliveryTimer
  HOUSEKEEPING_TIMER: housekeepingTimer
  DELIVERY_TENANT_RPS: string(deliveryTenantRps)
  EXPORT_LINK_MINUTES: string(exportLinkMinutes)
  TURN_CONCURRENCY: string(httpPerInstanceConcurrency)
}

var openAiSettings = enableOpenAi ? {
  AZURE_OPENAI_ENDPOINT: openAi.outputs.endpoint
  AZURE_OPENAI_DEPLOYMENT: openAi.outputs.deploymentName
  AZURE_OPENAI_API_VERSION: openAiApiVersion
} : {}

module settings 'modules/app-settings.bicep' = {
  name: 'app-settings'
  params: {
    functionAppName: functionApp.outputs.name
    settings: union(functionApp.outputs.hostSettings, appSettings, openAiSettings)
  }
}

// azd stores these in the environment (`azd env get-values`); `npm run package:teams` reads
// BOT_ID, TEAMS_APP_ID and PUBLIC_BASE_URL from there.
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output COSMOS_ACCOUNT_NAME string = cosmos.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output LOG_ANALYTICS_WORKSPACE_ID string = monitoring.outputs.workspaceId
output BOT_NAME string = bot.outputs.name
output BOT_ID string = identity.outputs.clientId
output BOT_MESSAGING_ENDPOINT string = bot.outputs.messagingEndpoint
output PUBLIC_BASE_URL string = publicBaseUrl
// Stable per environment, so every upload of the package updates the same Teams app.
output TEAMS_APP_ID string = guid(subscription().id, resourceGroup().id, environmentName, 'teams-app')
output AZURE_OPENAI_ENDPOINT string = enableOpenAi ? openAi.outputs.endpoint : ''
// The Teams package (postprovision hook, Agents Toolkit) names the organisation with these.
output DEVELOPER_NAME string = developerName
output DEVELOPER_WEBSITE_URL string = developerWebsiteUrl
output DEVELOPER_PRIVACY_URL string = developerPrivacyUrl
output DEVELOPER_TERMS_URL string = developerTermsUrl
