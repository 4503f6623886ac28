package main

import (
	"fmt"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer/json"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// Report is one rendered overlay: its YAML, the kinds of its objects and what is wrong.
type Report struct {
	YAML     []byte
	Kinds    []string
	Problems []string
}

// The API groups the manifests may use; anything else (a CRD, a typo in apiVersion) fails.
func newScheme() (*runtime.Scheme, error) {
	scheme := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		corev1.AddToScheme, appsv1.AddToScheme, autoscalingv2.AddToScheme,
		policyv1.AddToScheme, networkingv1.AddToScheme,
	} {
		if err := add(scheme); err != nil {
			return nil, err
		}
	}
	return scheme, nil
}

// ValidateOverlay renders dir with kustomize, decodes each object strictly and checks the rules.
// An error means it could not be rendered; decoding and rule failures are Problems.
func ValidateOverlay(fs filesys.FileSystem, dir string) (*Report, error) {
	resources, err := krusty.MakeKustomizer(krusty.MakeDefaultOptions()).Run(fs, dir)
	if err != nil {
		return nil, fmt.Errorf("kustomize build: %w", err)
	}
	rendered, err := resources.AsYaml()
	if err != nil {
		return nil, err
	}
	scheme, err := newScheme()
	if err != nil {
		return nil, err
	}
	decoder := json.NewSerializerWithOptions(json.DefaultMetaFactory, scheme, scheme,
		json.SerializerOptions{Strict: true})
	report := &Report{YAML: rendered}
	var objects []runtime.Object
	for _, resource := range resources.Resources() {
		id := resource.CurId().String()
		data, err := resource.MarshalJSON()
		if err != nil {
			report.Problems = append(report.Problems, fmt.Sprintf("%s: %v", id, err))
			continue
		}
		object, _, err := decoder.Decode(data, nil, nil)
		if err != nil {
			report.Problems = append(report.Problems, fmt.Sprintf("%s: %v", id, err))
			continue
		}
		objects = append(objects, object)
		report.Kinds = append(report.Kinds, resource.GetKind()+"/"+resource.GetName())
	}
	report.Problems = append(report.Problems, CheckRules(objects)...)
	return report, nil
}
